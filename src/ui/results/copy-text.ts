import { actionMessages } from '../messages/results.ts';

/** Puts text on the clipboard and says, in words, whether it worked. */
export async function copyText(
  text: string,
  done: string,
  failed: string = actionMessages.notCopied,
): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return done;
  } catch {
    return failed;
  }
}
