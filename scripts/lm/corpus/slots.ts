/**
 * Slot lists for the sales-call corpus templates. A value may itself use the template syntax of
 * `expand.ts` (`{slot}`, `(a|b)`, `[optional]`). `<name>` is the per-call name class: at
 * transcription time it is replaced by the call's own names (see `vocabulary-lm.ts`).
 */
export const SLOTS: Record<string, string[]> = {
  name: ['<name>', '<name>', '<name>', '<name>', '<name>', '{first}'],
  first: [
    'john', 'sarah', 'michael', 'jessica', 'david', 'emily', 'james', 'laura', 'robert', 'anna', 'daniel', 'maria',
    'chris', 'kate', 'mark', 'lisa', 'tom', 'rachel', 'steve', 'nina', 'paul', 'julia', 'peter', 'sophie', 'alex',
    'sam', 'ben', 'amy', 'kevin', 'megan', 'brian', 'helen', 'eric', 'grace', 'jason', 'olivia', 'ryan', 'claire',
  ],
  company: ['<name>', '<name>', '<name>', 'your company', 'our company', 'the company'],
  us: ['we', 'our team', 'my team', 'the team'],
  greeting: ['hi', 'hello', 'hey', 'good morning', 'good afternoon', 'hi there', 'hello there', 'morning', 'afternoon'],
  thanks: ['thanks', 'thank you', 'thanks so much', 'thank you so much', 'thanks a lot', 'many thanks', 'great thanks', 'perfect thank you'],
  ack: [
    'okay', 'ok', 'sure', 'right', 'great', 'perfect', 'got it', 'makes sense', 'that makes sense', 'sounds good', 'sounds great',
    'absolutely', 'of course', 'yes', 'yeah', 'yep', 'no problem', 'understood', 'fair enough', 'i see', 'okay great', 'wonderful',
    'excellent', 'good', 'all right', 'alright', 'definitely', 'totally', 'exactly', 'that works', 'that is fair', 'that is great',
  ],
  product: [
    'the platform', 'our platform', 'the product', 'our product', 'the software', 'the tool', 'our tool', 'the dashboard',
    'the reporting module', 'the analytics module', 'the mobile app', 'the integration', 'the api', 'the new release',
    'the enterprise plan', 'the starter plan', 'the professional plan', 'the premium tier', 'the pilot', 'the system',
    'the solution', 'the service', 'the forecasting feature', 'the scheduling module', 'the inventory module', 'the portal',
  ],
  feature: [
    'reporting', 'analytics', 'dashboards', 'forecasting', 'automation', 'the integrations', 'single sign on', 'permissions',
    'user management', 'data export', 'the api', 'alerts', 'notifications', 'workflows', 'approvals', 'scheduling',
    'inventory tracking', 'order management', 'billing', 'invoicing', 'the mobile app', 'custom fields', 'audit logs',
    'security', 'the crm sync', 'email tracking', 'call recording', 'route planning', 'quality checks', 'compliance reports',
  ],
  doc: [
    'the proposal', 'the contract', 'the agreement', 'the quote', 'the pricing', 'the slides', 'the deck',
    'the recording', 'the summary', 'the case study', 'the security questionnaire', 'the order form', 'the statement of work',
    'the invoice', 'the renewal', 'the msa', 'the nda', 'the terms', 'the draft', 'the updated proposal', 'the revised quote',
    'the onboarding plan', 'the implementation plan', 'the timeline', 'the one pager', 'the brochure', 'the link', 'the invite',
    'the calendar invite', 'the meeting notes', 'the references', 'the roi analysis', 'the business case', 'the contract for signature',
  ],
  role: [
    'my manager', 'my boss', 'our cfo', 'the cfo', 'our ceo', 'the ceo', 'our vp', 'our vp of sales', 'the vp of operations',
    'our director', 'the director', 'our head of operations', 'the head of finance', 'our it lead', 'the it team', 'our it team',
    'procurement', 'our procurement team', 'legal', 'our legal team', 'the legal team', 'finance', 'our finance team',
    'the board', 'my team', 'our security team', 'the owner', 'our founder', 'my colleague', 'our controller', 'our cto',
    'the operations manager', 'our sales director', 'the decision maker', 'the budget holder', 'our purchasing manager',
  ],
  day: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  anyday: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  when: [
    'today', 'tomorrow', 'this afternoon', 'this morning', 'tonight', 'tomorrow morning', 'tomorrow afternoon', 'later today',
    'by {day}', 'on {day}', 'next {day}', 'this {day}', '{day} morning', '{day} afternoon', 'by the end of the day',
    'by the end of the week', 'by the end of next week', 'by the end of the month', 'end of day', 'early next week',
    'next week', 'this week', 'in two weeks', 'in a couple of weeks', 'in a few days', 'within a week', 'by the {ordinal}',
    'on the {ordinal}', 'before the {ordinal}', 'next month', 'by {month} {ordinal}', 'on {month} {ordinal}', 'this quarter',
    'next quarter', 'by the end of the quarter', 'in january', 'after the holidays', 'first thing tomorrow', 'right after this call',
  ],
  month: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ordinal: [
    'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
    'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
    'twenty first', 'twenty second', 'twenty third', 'twenty fourth', 'twenty fifth', 'twenty sixth', 'twenty seventh',
    'twenty eighth', 'twenty ninth', 'thirtieth', 'thirty first',
  ],
  time: [
    '{hour}', '{hour} o\'clock', '{hour} thirty', '{hour} fifteen', '{hour} forty five', '{hour} am', '{hour} pm',
    '{hour} thirty am', '{hour} thirty pm', 'noon', 'nine in the morning', 'ten in the morning', 'two in the afternoon',
    'three in the afternoon', 'four in the afternoon', 'half past {hour}', 'quarter past {hour}', 'quarter to {hour}',
  ],
  hour: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  timezone: ['eastern', 'central', 'pacific', 'mountain', 'your time', 'my time', 'london time', 'eastern time', 'pacific time'],
  digit: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'oh'],
  count: [
    'two', 'three', 'four', 'five', 'six', 'eight', 'ten', 'twelve', 'fifteen', 'twenty', 'twenty five', 'thirty', 'forty',
    'fifty', 'sixty', 'seventy five', 'eighty', 'a hundred', 'one hundred', 'two hundred', 'three hundred', 'five hundred',
    'a thousand', 'two thousand', 'a few', 'several', 'a dozen', 'about twenty', 'around fifty', 'over a hundred',
  ],
  amount: [
    '{count} dollars', '{count} thousand dollars', '{count} thousand', '{count} thousand a year', '{count} dollars a month',
    '{count} dollars per user', '{count} dollars per seat', '{count} euros', '{count} pounds', '{count} thousand euros',
    '{count} thousand pounds', '{count} dollars per user per month', 'a hundred and twenty thousand', 'ninety nine dollars',
    '{count} hundred dollars', 'one point five million', 'half a million',
  ],
  percent: ['five percent', 'ten percent', 'fifteen percent', 'twenty percent', 'twenty five percent', 'thirty percent', 'forty percent', 'fifty percent', 'eight percent', 'twelve percent'],
  users: ['users', 'seats', 'licenses', 'reps', 'agents', 'people', 'locations', 'stores', 'sites', 'warehouses', 'trucks', 'employees'],
  duration: [
    'a year', 'one year', 'two years', 'three years', 'six months', 'three months', 'thirty days', 'ninety days', 'two weeks',
    'a month', 'twelve months', 'twenty four months', 'thirty six months', 'a quarter', 'four weeks', 'sixty days',
  ],
  pain: [
    'too much manual work', 'spreadsheets everywhere', 'no visibility into the pipeline', 'data in too many places',
    'slow reporting', 'missed follow ups', 'errors in the orders', 'late deliveries', 'high churn', 'long onboarding',
    'our current tool is too slow', 'the team spends hours on data entry', 'we lose track of leads', 'forecasts are never right',
    'customers complain about response times', 'the old system keeps crashing', 'we cannot see what the reps are doing',
    'inventory is always off', 'billing takes days every month', 'compliance is a headache', 'our costs keep going up',
    'the integrations break all the time', 'nobody trusts the numbers', 'we are growing faster than our processes',
  ],
  benefit: [
    'save time', 'save money', 'cut costs', 'grow revenue', 'reduce churn', 'close deals faster', 'get better visibility',
    'automate the reporting', 'reduce errors', 'scale the team', 'improve response times', 'keep everyone on the same page',
    'get the numbers in real time', 'onboard new people faster', 'stay compliant', 'make better decisions',
  ],
  competitor: [
    'another vendor', 'a competitor', 'the other vendor', 'a cheaper option', 'our current provider', 'the incumbent',
    'salesforce', 'hubspot', 'oracle', 'microsoft', 'sap', 'zendesk', 'a local provider', 'an in house tool', 'a bigger vendor',
  ],
  objection: [
    'it is too expensive', 'the price is too high', 'we do not have the budget', 'the budget is frozen', 'the timing is not right',
    'we are locked into a contract', 'we already have a tool for that', 'i need to talk to my team first', 'we are not ready yet',
    'the cost is a concern', 'it is not a priority right now', 'we need to see more value', 'we are worried about the migration',
    'security is a concern for us', 'we had a bad experience before', 'the other vendor is cheaper', 'it seems complicated',
    'i am not the decision maker', 'we need approval from finance', 'the contract term is too long',
  ],
  stage: [
    'the discovery call', 'the demo', 'the proposal', 'the pilot', 'the trial', 'the negotiation', 'the contract', 'the review',
    'the kickoff', 'the onboarding', 'the training', 'the implementation', 'the renewal', 'the follow up', 'the security review',
  ],
  meeting: [
    'a demo', 'a call', 'a meeting', 'a quick call', 'a follow up call', 'a follow up', 'a review', 'a session', 'a walkthrough',
    'the demo', 'a kickoff call', 'a training session', 'a technical call', 'a check in', 'a thirty minute call', 'an hour',
  ],
  industry: ['food', 'retail', 'logistics', 'manufacturing', 'health care', 'finance', 'insurance', 'construction', 'software', 'hospitality', 'education', 'energy', 'real estate', 'transport'],
};
