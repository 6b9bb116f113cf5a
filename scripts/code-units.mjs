// The order of everything the scripts write or print: UTF-16 code units, as src/kit/order.ts's
// compareCodeUnits (never localeCompare, whose order follows the machine's locale and ICU data).
// Plain JavaScript: the scripts run before the TypeScript is built.
export const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
