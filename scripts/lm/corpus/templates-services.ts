/** Sales of equipment and services (installation, delivery, maintenance, supply), not only software. */
export const SERVICE_TEMPLATES: string[] = [
  'we (sell|supply|install|lease|service) {goods} (for|to) (businesses|restaurants|warehouses|offices|hospitals|schools|factories|stores)',
  'how many {goods} (do you need|would you need|are you looking for|are we talking about)',
  'we (need|would need|are looking at) (about|around|maybe) {count} {goods}',
  'the (installation|install|delivery|setup|site survey|inspection) (takes|would take|usually takes) (a day|two days|half a day|about a week|a few hours)',
  'we (can|could) (schedule|book|do) the (installation|install|delivery|site visit|site survey) (for|on) {when}',
  'the (next|earliest|first) (available|open) (delivery|installation) (date|window) is {when}',
  '(delivery|shipping|installation) is (included|free|extra|not included) (for orders over {amount}|in the price|on this plan)',
  'the (warranty|service plan|maintenance contract) (covers|includes) (parts and labor|two years|three years|all repairs|regular checks)',
  'do you offer (a warranty|maintenance|service plans|financing|leasing|a trade in)',
  'we (offer|have) (financing|leasing|a payment plan|a trade in program) (over|for) {duration}',
  'what is the lead time (on|for) (the|those|new) {goods}',
  'the lead time is (about|around|usually) (two|three|four|six|eight) weeks',
  '(our|the) (current|old|existing) {goods} (are|is) (breaking down|too old|out of warranty|too expensive to run|not reliable)',
  'we (had|have had) (a lot of|too many|several) (breakdowns|outages|service calls|delays|complaints) (this year|last month|recently)',
  'our (technician|engineer|installer|team|crew) (will|can) (come out|be on site|visit|do the survey) {when}',
  'someone (needs|will need) to be on site (to let them in|for the install|that day)',
  'can you send (me|us) (a quote|the specs|a brochure|a price list|the details) for (the|those) {goods}',
  'i will send (you|over) a (quote|proposal|price list) for {count} {goods} {when}',
  'the (price|quote|total) (for|on) (the|those) {goods} (is|comes to|would be) {amount}',
  '(that|the price) (includes|covers) (delivery|installation|training|the first service|the warranty|everything)',
  'we (can|could) (match|beat) (that|their) (price|quote|offer)',
  'we (order|buy|reorder) (every|once a|twice a) (week|month|quarter|year)',
  'can we (set up|get) a (standing order|recurring order|subscription|volume discount)',
  'if you (order|buy|commit to) {count} (or more|a year|a month) (we can|i can) (take|give you) {percent} off',
  'we (will|\'ll) (ship|deliver|send) (it|them|the order) {when}',
  'you should (get|receive|have) (it|them|the order|a tracking number) {when}',
  'the (order|shipment|delivery) (went out|arrived|is delayed|is on its way) {when}',
  'we (had|have) a (problem|issue) with the (last|latest|previous) (order|delivery|shipment|invoice)',
  'i will (look into|sort out|fix|check on) (that|the order|the delivery|the invoice) {when}',
];

/** The `{goods}` slot. */
export const GOODS: string[] = [
  'units', 'machines', 'devices', 'printers', 'laptops', 'tablets', 'scanners', 'terminals', 'trucks', 'vans', 'sensors',
  'cameras', 'phones', 'headsets', 'screens', 'servers', 'routers', 'licenses', 'parts', 'pallets', 'cases', 'boxes',
  'supplies', 'chairs', 'desks', 'lights', 'locks',
];
