// Stands in for @actions/core's OIDC client in dist/: Shipgate never asks for an ID token, and
// the real client would bring @actions/http-client and undici into every start.
export class OidcClient {
  static getIDToken() {
    return Promise.reject(new Error('Shipgate is bundled without the OIDC client.'));
  }
}
