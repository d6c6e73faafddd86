/**
 * A link that signs its holder straight into the web app: the token rides in the URL fragment,
 * which browsers never send to a server (so it stays out of access logs); the app reads it,
 * removes it from the address bar and keeps it for the browser session only.
 */
export function signInLink(port: number, token: string, host = 'localhost'): string {
  return `http://${host}:${port}/#token=${token}`;
}
