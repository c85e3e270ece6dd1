export function isRedirect(res: Response) {
  return res.status >= 300 && res.status < 400 && res.headers.has("Location");
}
