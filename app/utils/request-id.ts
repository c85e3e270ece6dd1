/**
 * The header the server stamps on every request it hands to Remix, with a fresh random value. Remix
 * gives each loader its own copy of the request, so this is what tells that two copies are one page
 * request (app/utils/auth.server.ts). The server overwrites whatever a client sent under this name.
 */
export const REQUEST_ID_HEADER = "x-lederprogram-request";
