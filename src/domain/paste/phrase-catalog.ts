import type { PhraseEntry } from './phrase-schema.ts';

/*
 * Recruiter phrases people look up, with what each usually means: plain data, checked against
 * `phraseEntrySchema` (phrase-schema.ts) in the tests. Only the type is imported here, so the
 * reader's download carries no schema code.
 */

const roleWord = '{role|position|job|vacancy|opening|post|requisition|req}';
const cvWord = '{cv|resume|résumé|details|application|information|profile|contact details}';

/** The phrases, in no particular order: where two overlap in a text, the longer is shown. */
export const phraseCatalog: readonly PhraseEntry[] = [
  {
    id: 'still-interviewing',
    phrase: 'We’re still interviewing other candidates',
    patterns: [
      'still {interviewing|meeting|seeing|speaking {to|with}|talking {to|with}} {other|more|a few more|a few other|some other|the other|a couple of other|a couple more|a few|the last few|the remaining|} {candidates|applicants|people}',
      '{more|other|a few} {candidates|applicants|people} {left |still |yet |}to {see|interview|meet|speak {to|with}}',
    ],
    meaning:
      'No decision yet, and you are still in the running. It usually means a wait of a week or two while they finish their interviews. It is not a no.',
  },
  {
    id: 'cv-on-file',
    phrase: 'We’ll keep your CV on file',
    patterns: [
      `{keep|hold|retain|have|store|put|kept|held} your ${cvWord} on {file|record}`,
      `{keep|hold|retain|store|add|added|put} your ${cvWord} {in|to|on} our {database|system|talent pool|records|books}`,
      '{add|added|adding} you to our talent {pool|community|network}',
    ],
    meaning:
      'Usually a polite no for this role. Sometimes they do come back when something similar opens, so a short thank-you and an eye on their openings is worth it.',
  },
  {
    id: 'other-candidates',
    phrase: 'We’ve decided to move forward with other candidates',
    patterns: [
      '{move|moving|moved|go|going|gone|went|proceed|proceeding|proceeded|progress|progressing|continue|continuing|pursue|pursuing} {forward |ahead |}with {other|another|a different|alternative|other more} {candidates|candidate|applicants|applicant|profiles|people|person}',
      '{offered|given|offer|give} the {role|position|job} to {another|a different} {candidate|applicant|person}',
    ],
    meaning:
      'Usually a polite no for this role. It is most often about the fit for this one opening, not a verdict on you or your interview.',
  },
  {
    id: 'not-progressing',
    phrase: 'We won’t be progressing your application',
    patterns: [
      "{not|won't|will not|unable to|can't|cannot|shan't} {be |}{progressing|progress|proceeding with|proceed with|moving forward with|move forward with|taking forward|take forward|continuing with|continue with} {your application|your candidacy|your profile|you}",
      'decided not to {progress|proceed with|move forward with|take forward} {your application|your candidacy|you}',
    ],
    meaning:
      'A no for this role, in the formal words of a template. It usually says nothing about how close you came, and asking for a line of feedback is fine.',
  },
  {
    id: 'on-hold',
    phrase: 'The role has been put on hold',
    patterns: [
      `{${roleWord}|process|hiring|recruitment|search|recruiting} {is|has|have|was|were|will|'s|are|been|being|} {now |since |already |just |temporarily |}{been |be |being |}{put |placed |temporarily |}on hold`,
      `{put|placed|putting|placing|pause|paused|pausing|freeze|froze|frozen|freezing} {the|this|our} {${roleWord}|process|hiring|recruitment|search}`,
      'hiring freeze',
    ],
    meaning:
      'They have paused hiring for now, often over budget or a change of plans. It usually says little about you, and roles do restart, so a friendly check-in in a few weeks is fair.',
  },
  {
    id: 'references',
    phrase: 'We’d like to move you to references',
    patterns: [
      '{move|moving|take|taking|progress|progressing|put|putting} you {to|into|through to|on to|onto|forward to} {the |}{reference|references|referencing} {stage|check|checks|}',
      '{take|taking|took} up {your |}references',
      '{contact|contacting|reach out to|speak to|speak with|call|approach} your {referees|references}',
      '{details|contact details|names} {of|for} {your |two |three |a couple of |}{referees|references}',
    ],
    meaning:
      'A good sign. Employers usually check references for the people they hope to hire, often their first choice. It is not an offer yet, so let your referees know a call may come.',
    ahead: true,
  },
  {
    id: 'internal-candidate',
    phrase: 'We’ve gone with an internal candidate',
    patterns: [
      '{an|the|a strong|one} internal {candidate|applicant|hire}',
      'internal {candidates|applicants}',
      '{someone|somebody|a colleague|a person} {from |}{internally|in house|within the {company|team|business|organisation|organization|firm}}',
      '{filled|fill|filling} {the role |the position |it |}internally',
    ],
    meaning:
      'Someone already working there got, or is likely to get, the role. This is common and usually has little to do with how well you did.',
  },
  {
    id: 'hear-either-way',
    phrase: 'You’ll hear from us either way',
    patterns: [
      "{you'll |you will |we'll |we will |i'll |i will |}{hear|hear back|get back to you|let you know|update you|be in touch|come back to you|contact you|get in touch|reach out} {from us |}either way",
      '{whatever|whichever way} the {outcome|decision} {is|may be|might be}',
      'regardless of the {outcome|decision}',
    ],
    meaning:
      'They usually mean to tell you whatever they decide, so you should not be left guessing. It is not a hint either way. If the date they gave passes, a short check-in is fine.',
  },
  {
    id: 'stay-in-touch',
    phrase: 'Let’s stay in touch',
    patterns: ['{stay|keep} in {touch|contact}', '{stay|keep} connected'],
    meaning:
      'Often a kind way to close this role while leaving the door open for later. It is worth taking at face value: connect with them and reply warmly.',
  },
  {
    id: 'next-steps',
    phrase: 'We’d like to discuss next steps',
    patterns: [
      '{discuss|talk about|talk through|go over|go through|chat about|run through|share|walk you through|explain|outline|confirm|arrange} {the |our |your |some |possible |}next steps {with you|for you|}',
      'next steps {with you|for you}',
    ],
    meaning:
      'Usually good news: they want to keep going with you. It may be another interview, references or an offer, so be ready to talk about any of them.',
    ahead: true,
  },
  {
    id: 'quick-chat',
    phrase: 'The hiring manager wants a quick chat',
    patterns: [
      '{a |for a |}{quick|short|brief|little} {chat|call|catch up|conversation|word|phone call} with {the|our|your} {hiring manager|manager|director|head of *|team lead|team leader|ceo|founder|cto}',
      "{hiring manager|manager|director|team lead|ceo|founder|cto} {would like|'d like|wants|is keen|would love|'d love|asked|is hoping|wanted} {to have |to |}{a |}{quick |short |brief |}{chat|call|word|catch up|speak|talk|have a chat|have a word}",
    ],
    meaning:
      'Often a good sign: the person you would work for wants to talk to you directly. It may be a short extra interview or a question left open, so have your own questions ready.',
    ahead: true,
  },
  {
    id: 'budget',
    phrase: 'We’re finalizing the budget',
    patterns: [
      "finali{s|z}{e|ing|ed} {the |our |this year's |}budget",
      "{budget|headcount} {approval|sign off|is being {finalised|finalized|approved|confirmed|agreed}|{has|hasn't|has not} been {approved|signed off|confirmed|agreed}|is not {yet |}{approved|confirmed|agreed}}",
      '{waiting|wait} {on|for} {budget|headcount|sign off|final sign off}',
    ],
    meaning:
      'The money for the role, or for an offer, is not signed off yet. It often means a delay, and it is rarely about you. Near the end of a process it can mean they are working out an offer.',
  },
  {
    id: 'availability',
    phrase: 'Can you send over your availability?',
    patterns: [
      '{send|share|give|confirm|provide|forward|email|let {me|us} know|tell {me|us}} {over |across |me |us |}your availability',
      "{what|when} {is|'s} your availability",
      '{when|what times|what days} {are|would|will} you {be |}{free|available} {to|for}',
      '{a few|some} times {that|which} {work|suit} {for you|you}',
    ],
    meaning:
      'They usually want to book something with you, most often another interview or a call. A good sign: reply soon with a few times that work.',
    ahead: true,
  },
  {
    id: 'strong-applicants',
    phrase: 'We had a lot of strong applicants',
    patterns: [
      '{a lot of|lots of|many|so many|a large number of|a high number of|a high volume of|a great number of|an overwhelming number of|a number of|such} {very |really |}{strong|excellent|great|high quality|talented|qualified|impressive|exceptional|outstanding|good} {applicants|candidates|applications|people}',
      '{very|extremely|highly|incredibly|really|particularly} competitive {field|process|pool|shortlist|year|round}',
      '{overwhelming|huge|great|fantastic|strong} response',
    ],
    meaning:
      'Often the opening of a no, meant to soften it. Sometimes it comes before good news. The sentence after it usually tells you which.',
  },
  {
    id: 'role-filled',
    phrase: 'The role has been filled',
    patterns: [
      `${roleWord} {has|have|'s|was|is now|is|has now} {now |already |}{been |}filled`,
      `{we've|we have|have} {now |already |}filled {the|this|that} ${roleWord}`,
      `{accepted|offered} {the|this|that} ${roleWord} to {someone|somebody|another}`,
    ],
    meaning:
      'Someone else has taken the job. It is a no for this role, often for reasons that have nothing to do with you, and it is fine to ask to be kept in mind for others.',
  },
  {
    id: 'meet-the-team',
    phrase: 'We’d love to get you in to meet the team',
    patterns: [
      '{get|bring|have|invite|inviting} you {in|back|over|along|in again|back in|into the office|to the office|on site|onsite} {to |}{meet|see} {the|our|some of the} {team|wider team|rest of the team|whole team|people}',
      '{meet|meeting} the {rest of the |wider |whole |}team',
    ],
    meaning:
      'A good sign: they are picturing you working there. It is usually another interview, sometimes an informal one, and often a late stage.',
    ahead: true,
  },
  {
    id: 'salary-expectations',
    phrase: 'What are your salary expectations?',
    patterns: [
      "{salary|pay|compensation|comp|package|rate|wage} {expectations|expectation|requirements|range you're looking for}",
      '{expected|desired|target} {salary|compensation|pay|rate|package}',
      'what {are|would} you {be |}{looking for|expecting|hoping for} {in terms of|for|regarding|on} {salary|pay|compensation|package|rate}',
    ],
    meaning:
      'They are usually checking that your number fits their range. It comes up early in screening or near an offer. Giving a researched range is fine, and so is asking for theirs first.',
  },
  {
    id: 'interviewing-elsewhere',
    phrase: 'Are you interviewing elsewhere?',
    patterns: [
      "{are you|you're|you are|if you're|if you are|whether you're|whether you are} {currently |also |still |}{interviewing|applying|talking to people|looking|speaking to other companies} {elsewhere|anywhere else}",
      "{are you|you're|you are|if you're|if you are|whether you're|whether you are} {currently |also |still |}{interviewing|speaking|talking|in process|in processes} with {other|any other} {companies|employers|firms|organisations|organizations}",
      '{do you have|have you got|you have|if you have} {any |}other {offers|interviews|processes} {on the table|in the pipeline|in progress|on the go|going on|lined up}',
    ],
    meaning:
      'They want to know how fast they need to move and whether another offer might beat theirs. A short, honest answer is fine; other options often make them move sooner.',
  },
  {
    id: 'check-application',
    phrase: 'We need to check a few things on your application',
    patterns: [
      '{check|clarify|confirm|verify|go over|go through|look at|ask about|run through|ask you about|query} {a few|a couple of|some|one or two|two|a} {things|details|points|questions|bits|dates} {on|in|about|from|regarding|with} your {application|cv|resume|résumé|form|work history|employment history}',
      '{question|questions|query|queries} {about|on|regarding} your {application|cv|resume|résumé|employment history|work history|dates}',
    ],
    meaning:
      'Usually routine: a date, a gap, a qualification or your right to work. It is rarely a sign of trouble, so have your dates and papers to hand and answer plainly.',
  },
  {
    id: 'offer',
    phrase: 'We’d like to make you an offer',
    patterns: [
      '{make|extend|put together|send|sending|making|extending} {you |over |across |}{an|a formal|a verbal|a written|the} offer',
      '{verbal|formal|written} offer',
      '{offer|offering} you the {role|position|job}',
    ],
    meaning:
      'Usually an offer, or the start of one, with the details to follow in writing. It is normal to take a day or two to think, and wise to wait for it in writing before resigning anywhere.',
  },
  {
    id: 'keep-you-posted',
    phrase: 'We’ll keep you posted',
    patterns: [
      'keep you {posted|updated|informed|in the loop|up to date}',
      '{update|let} you {know |}{as soon as|once|when} {we|i} {hear|know|have|get}',
    ],
    meaning:
      'A promise of news later, usually because the decision is not made yet. It is not a yes or a no. If a week or two goes by, a short check-in is fine.',
  },
  {
    id: 'decision-by',
    phrase: 'We hope to have a decision by the end of the week',
    patterns: [
      '{have|make|reach|give you|share|expect|hope to have} {a |our |the |an |}{decision|answer|final decision|outcome} {by|before|within|early next|next|later this|at the end of|end of|in the next|over the next|in a}',
      '{decision|answer|outcome} {is |}expected {by|before|within|next|early next|at the end of}',
    ],
    meaning:
      'A date they are aiming for. Dates like this often slip by a few days, so silence just after it is common and not a bad sign. A polite check-in a day or two later is fine.',
  },
  {
    id: 'running-behind',
    phrase: 'It’s taking longer than expected',
    patterns: [
      "{taking|take|taken|took|is taking} {a bit |a little |slightly |much |a lot |a little bit |}longer than {expected|planned|anticipated|we hoped|we'd hoped|hoped|we thought|usual|we'd like|we would like}",
      '{running|fallen|fell|are|is|a bit|slightly|little} behind schedule',
      '{delay|delays|delayed} {in|on|with|to} {the |our |}{process|decision|hiring|recruitment|timeline|timelines|feedback|decision making}',
    ],
    meaning:
      'A delay on their side. It is very common and usually about calendars, sign-offs or other candidates, not about you. It often means no decision has been made yet.',
  },
  {
    id: 'on-this-occasion',
    phrase: 'Unfortunately, on this occasion…',
    patterns: [
      '{unfortunately|regrettably|sadly} {on this occasion|at this time|at this stage|this time}',
      '{unsuccessful|not successful|not been successful} {on this occasion|at this time|this time}',
    ],
    meaning:
      'The usual start of a no. “On this occasion” often leaves room to apply again later, and it says nothing about how close you came.',
  },
  {
    id: 'unsuccessful',
    phrase: 'Your application was unsuccessful',
    patterns: [
      "{you have been|you've been|you were|your application {was|has been|is}} unsuccessful",
      '{unsuccessful|not successful} {in|with} your {application|interview}',
    ],
    meaning:
      'A no for this role, in a standard word from a template. It usually says nothing about how close you came, and a short request for feedback is fair.',
  },
  {
    id: 'not-the-right-fit',
    phrase: 'We don’t think it’s the right fit',
    patterns: [
      "{don't|do not|didn't|did not} {think|feel|believe} {it's|it is|this is|it was|you're|you are|you'd be|you would be} {the |a |quite the |quite a |}{right|best|good|strong|perfect} {fit|match}",
      "{not|isn't|wasn't|aren't|weren't} {quite |}{the |a |}{right|best|good|strong|strongest|close|perfect} {fit|match}",
    ],
    meaning:
      'A no, usually about what this team needs right now rather than about your ability. It is fair to ask for a line of feedback.',
  },
  {
    id: 'feedback-offered',
    phrase: 'We’d be happy to share feedback',
    patterns: [
      '{happy|glad|pleased|able} to {share|give|offer|provide|pass on|send} {some |any |more |detailed |}feedback',
      "feedback {is |}available {on request|if you'd like|if you would like|if you want}",
    ],
    meaning:
      'Often offered along with a no, sometimes along the way. Taking them up on it is fine: a short call or email can help next time.',
  },
  {
    id: 'future-opportunities',
    phrase: 'We’ll reach out about future opportunities',
    patterns: [
      '{consider you|keep you in mind|think of you|reach out|contact you|be in touch|get in touch|keep an eye out|let you know} {for|about|regarding|when|if|with} ~ {future|other|upcoming|suitable|similar|new} {opportunities|openings|roles|vacancies|positions}',
    ],
    meaning:
      'Usually a kind no for this role. Sometimes they mean it, so following their openings and staying in touch is worth it.',
  },
  {
    id: 'overqualified',
    phrase: 'You may be overqualified',
    patterns: [
      'over qualified',
      'overqualified',
      '{too senior|too experienced} for {the|this|that} {role|position|job}',
    ],
    meaning:
      'They often worry you would be bored, want more pay or leave soon. If you want the role, say plainly why it suits you now.',
  },
  {
    id: 'more-senior',
    phrase: 'We’re looking for someone more senior',
    patterns: [
      '{looking for|need|want|went with|gone with|chose|decided on|going with|hired} {someone|a candidate|somebody|a person|candidates} {with |}{more|a bit more|a little more|slightly more} {senior|experienced|experience}',
      'someone {with more|more} {experience|seniority} in',
    ],
    meaning:
      'Usually a no, about the level they need right now. It is not a judgment of your potential, and the same company may suit you later.',
  },
  {
    id: 'circle-back',
    phrase: 'We’ll circle back',
    patterns: ['circle back', 'circling back'],
    meaning:
      'They mean to come back to you later, usually once they have decided or heard from others. It is not a yes or a no.',
  },
  {
    id: 'touch-base',
    phrase: 'I’d like to touch base',
    patterns: ['touch base', 'touching base', 'check in with you', 'checking in with you'],
    meaning:
      'A short check-in, usually to give an update or arrange something. It is often friendly, and rarely a warning.',
  },
  {
    id: 'in-due-course',
    phrase: 'You’ll hear from us in due course',
    patterns: ['in due course'],
    meaning:
      'A polite way of saying there is no firm date yet. It often means a wait of one to three weeks, and it is not a no.',
  },
  {
    id: 'shortlisted',
    phrase: 'You’ve been shortlisted',
    patterns: [
      'short listed',
      'shortlisted',
      '{on|onto|made|to} {the|our} {short list|shortlist|final shortlist|final short list}',
    ],
    meaning:
      'You are among the few people they are seriously considering. Good news: another step usually follows, often an interview.',
  },
  {
    id: 'background-check',
    phrase: 'We’ll need to run a background check',
    patterns: [
      '{background|criminal record|credit|pre employment|security|dbs|crb|police} {check|checks|screening|clearance|vetting}',
    ],
    meaning:
      'Usually part of getting ready to hire, often after a verbal offer or as a final step. It is routine: answer honestly and send what they ask for promptly.',
  },
  {
    id: 'right-to-work',
    phrase: 'Can you confirm your right to work?',
    patterns: [
      'right to work {in|check|checks|documents|status|}',
      '{work|working} {permit|visa|authorisation|authorization|eligibility}',
      '{eligible|eligibility|authorised|authorized|legally able} to work',
      '{visa|sponsorship} {status|requirements|needs}',
    ],
    meaning:
      'A routine check most employers must make before hiring anyone, often near an offer. Have your passport or visa papers ready.',
  },
  {
    id: 'notice-period',
    phrase: 'What’s your notice period?',
    patterns: [
      'notice period',
      "{how much|how long|what} notice {do you|would you|you'd|will you} {need to |have to |}{give|serve|have|need}",
      'when {could|can|would|might} you {start|join|be available to start|be able to start}',
    ],
    meaning:
      'They are working out when you could start, which often comes up when they are serious about you. It is not an offer yet.',
  },
  {
    id: 're-advertise',
    phrase: 'We’re going to re-advertise the role',
    patterns: [
      're advertis{e|ing|ed}',
      'readvertis{e|ing|ed}',
      're advertiz{e|ing|ed}',
      're {post|posting|posted|open|opening|opened|list|listing|listed} the {role|position|job|vacancy|search}',
    ],
    meaning:
      'They did not find the person they wanted from this round, which usually includes you. It is mostly a no for now, though you can ask to be considered again.',
  },
  {
    id: 'keep-you-in-mind',
    phrase: 'We’ll keep you in mind',
    patterns: [
      '{keep|bear|have} you in mind',
      '{keep|bear} your {name|details|profile|cv|resume} in mind',
    ],
    meaning:
      'Usually a warm no for now, though some do come back. Following up in a few months is fair.',
  },
  {
    id: 'hr-in-touch',
    phrase: 'HR will be in touch',
    patterns: [
      "{hr|human resources|people team|talent team|recruitment team|our recruiter|the recruiter|people and culture|hr team} {will|'ll|is going to|are going to|will soon} {be in touch|reach out|contact you|get in touch|follow up|be in contact|send you|call you}",
    ],
    meaning:
      'Often a sign the decision is made and HR is handling the next part, which is usually the paperwork of an offer or a formal next step. It does not say which.',
  },
  {
    id: 'paperwork',
    phrase: 'We’ll send the paperwork over',
    patterns: [
      '{send|sending|get|draw up|drawing up|prepare|preparing|put together|putting together} {you |over |across |}{the |your |some |}{paperwork|contract|offer letter|employment contract|formal offer|offer pack}',
    ],
    meaning:
      'Usually means an offer, or the steps after one. Read every page before you sign, and asking questions first is normal.',
    ahead: true,
  },
  {
    id: 'impressed',
    phrase: 'We were really impressed',
    patterns: [
      "{were|was|are|'re|we're|team was|everyone was|all} {really |very |so |all |extremely |hugely |genuinely |incredibly |most |}impressed",
    ],
    meaning:
      'They liked you. It is encouraging and often comes before a next step or an offer, but on its own it is not a decision.',
  },
  {
    id: 'different-direction',
    phrase: 'We’re going in a different direction',
    patterns: [
      '{go|going|gone|went|take|taking|taken|took|move|moving|moved|head|heading|headed} {in |}{a|another} {different|new} direction',
    ],
    meaning: 'Usually a no, often about a change in what they need rather than about you.',
  },
  {
    id: 'role-withdrawn',
    phrase: 'The position has been withdrawn',
    patterns: [
      `${roleWord} {has been|was|is being|have been|'s been|has now been} {withdrawn|cancelled|canceled|pulled|scrapped|eliminated|closed}`,
      `{withdraw|withdrawing|cancel|cancelling|canceling|close|closing|pull|pulling} the ${roleWord}`,
    ],
    meaning:
      'The job itself has gone, usually over budget or a change of plans. That is about them, not you, and it may come back.',
  },
  {
    id: 'patience',
    phrase: 'Thank you for your patience',
    patterns: [
      '{thank you|thanks|appreciate|grateful} {so much |very much |}{for |}your patience',
      '{thank you|thanks} for bearing with us',
    ],
    meaning:
      'Usually comes before news after a wait. It is polite wording and does not tell you which way the news goes.',
  },
  {
    id: 'conditional-offer',
    phrase: 'An offer subject to references',
    patterns: [
      '{subject to|conditional on|conditional upon|dependent on|pending|contingent on|contingent upon} {satisfactory |successful |the |your |a |}{references|reference checks|checks|background check|background checks|right to work|vetting|dbs|medical}',
      'conditional offer',
    ],
    meaning:
      'An offer that becomes final once some checks come back fine. Those checks usually go through; still, wait until it is confirmed in writing before you resign.',
  },
  {
    id: 'panel-meeting',
    phrase: 'The panel is meeting to compare notes',
    patterns: [
      '{compare|comparing} notes',
      "{panel|hiring team|interview team|team|committee} {is|are|'re|will be|'ll be|is going to be} {meeting|getting together|regrouping} {to discuss|to decide|to review|on|about}",
    ],
    meaning:
      'The people who met you are comparing views. A decision often follows within days, and it is too early to read it either way.',
  },
  {
    id: 'under-review',
    phrase: 'Your application is still under review',
    patterns: [
      "{application|profile|cv|resume|candidacy} {is|'s|remains|is still} {still |currently |}{under review|being reviewed|being considered|in review|under consideration}",
      '{still|currently} {under|in} {review|consideration}',
    ],
    meaning:
      'Usually no decision yet, and you have not been ruled out. Waiting is normal, and a check-in after a week or two is fine.',
  },
  {
    id: 'preferred-candidate',
    phrase: 'You’re our preferred candidate',
    patterns: [
      '{preferred|top|first choice|lead|leading|strongest} candidate',
      '{our|the} {first|top} choice',
      'front runner',
      'frontrunner',
    ],
    meaning:
      'Very good news: you are likely the one they want, usually pending a last step such as references or sign-off. It is not an offer yet.',
  },
  {
    id: 'next-stage',
    phrase: 'We’d like to move you to the next stage',
    patterns: [
      '{move|moving|progress|progressing|invite|inviting|take|taking|put|putting|bring|bringing} {you|your application} {forward |through |on |}to the next {stage|round|step}',
      '{through|progressed|moved|going} to the {next|final} {stage|round}',
    ],
    meaning:
      'Good news: you are through to the next step. It is usually fine to ask what that stage involves and who you will meet.',
    ahead: true,
  },
  {
    id: 'close-decision',
    phrase: 'It was a really close decision',
    patterns: [
      '{very|really|extremely|incredibly|so|such a|a very|a really|a} {close|tough|difficult|hard} {decision|call|choice}',
    ],
    meaning:
      'Often said when the answer is no, to say you came close. It is usually sincere, and asking to be kept in mind is fair.',
  },
  {
    id: 'still-interested',
    phrase: 'Are you still interested in the role?',
    patterns: [
      "{are you|if you're|if you are|whether you're|whether you are|you're|you are|confirm you're|confirm you are} still {interested|keen}",
    ],
    meaning:
      'They are checking you are still in, often before a next step or an offer. A warm, quick yes helps if you are.',
  },
  {
    id: 'informal-chat',
    phrase: 'An informal chat',
    patterns: ['{informal|casual|relaxed} {chat|conversation|coffee|call|catch up|meeting}'],
    meaning:
      'Usually a relaxed conversation, but it often still counts as an interview. Prepare as you would for a short one.',
    ahead: true,
  },
  {
    id: 'culture-fit',
    phrase: 'We want to check the culture fit',
    patterns: ['{culture|cultural|team} {fit|add}', 'fit {with|within|into} the team'],
    meaning:
      'They want to see how you would work with the team. It is usually about how you talk and work with others, so be yourself and have an example or two ready.',
  },
  {
    id: 'assessment',
    phrase: 'We’d like you to complete a short task',
    patterns: [
      '{take home|technical|coding|written|short|skills|practical|online} {task|test|exercise|assignment|assessment|challenge|case study}',
    ],
    meaning:
      'A task to see how you work. It is common in the middle of a process and often a sign they are interested. Ask how long it should take and when it is due.',
    ahead: true,
  },
];
