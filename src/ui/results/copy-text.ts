/** Puts text on the clipboard and says, in words, whether it worked. */
export async function copyText(
  text: string,
  done: string,
  failed = 'We could not copy here. Select the text and copy it yourself instead.',
): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return done;
  } catch {
    return failed;
  }
}
