import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { errors, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from "jose";
import type { Role } from "../../shared/domain/roles.js";

/** Stands in for Cognito: same access-token claims, a real RS256 signature, checked like the HTTP API authorizer. */
export const LOCAL_ISSUER = "http://localhost/lab-wirausaha/local-issuer";
export const LOCAL_CLIENT_ID = "lab-wirausaha-local";

export interface LocalUser {
  sub: string;
  username: string;
  groups: Role[];
}

export interface Issuer {
  /** Access tokens by default; Cognito also issues ID tokens, which our API must refuse. */
  mint(user: LocalUser, options?: { ttlSeconds?: number; tokenUse?: "access" | "id"; issuedAt?: Date }): Promise<string>;
  /** The verified claims, or undefined for anything unsigned, expired, foreign or of the wrong kind. */
  /** The claims of a valid token; `"expired"` for one that is valid but past its time, so the caller can say so. */
  verify(token: string): Promise<JWTPayload | "expired" | undefined>;
}

interface KeyFile {
  privateJwk: JWK;
  publicJwk: JWK;
}

async function issuerFrom(keys: KeyFile): Promise<Issuer> {
  const privateKey = await importJWK(keys.privateJwk, "RS256");
  const publicKey = await importJWK(keys.publicJwk, "RS256");
  return {
    mint: (user, { ttlSeconds = 12 * 3600, tokenUse = "access", issuedAt = new Date() } = {}) =>
      new SignJWT({ username: user.username, "cognito:groups": user.groups, client_id: LOCAL_CLIENT_ID, token_use: tokenUse })
        .setProtectedHeader({ alg: "RS256", kid: "local" })
        .setSubject(user.sub)
        .setIssuer(LOCAL_ISSUER)
        .setIssuedAt(issuedAt)
        .setExpirationTime(new Date(issuedAt.getTime() + ttlSeconds * 1000))
        .sign(privateKey),
    verify: async (token) => {
      try {
        const { payload } = await jwtVerify(token, publicKey, {
          issuer: LOCAL_ISSUER,
          algorithms: ["RS256"],
          requiredClaims: ["sub", "exp", "iat", "client_id", "token_use"],
        });
        // like API Gateway's authorizer: a token issued in the future is not valid (jose checks that only with maxTokenAge)
        const issuedInTheFuture = typeof payload.iat !== "number" || payload.iat > Date.now() / 1000;
        return payload.client_id === LOCAL_CLIENT_ID && !issuedInTheFuture ? payload : undefined;
      } catch (error) {
        return error instanceof errors.JWTExpired ? "expired" : undefined;
      }
    },
  };
}

async function newKeys(): Promise<KeyFile> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  return { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}

/** An issuer whose key lives only in memory (tests). */
export async function createIssuer(): Promise<Issuer> {
  return issuerFrom(await newKeys());
}

/** The local platform's issuer: its key is made on first start and kept, so `npm run token` can mint too. */
export async function loadIssuer(keyFile: string, options: { create: boolean }): Promise<Issuer> {
  if (!existsSync(keyFile)) {
    if (!options.create) throw new Error(`No local signing key at ${keyFile}: run \`npm start\` once first.`);
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify(await newKeys()), { mode: 0o600 });
  }
  return issuerFrom(JSON.parse(readFileSync(keyFile, "utf8")) as KeyFile);
}
