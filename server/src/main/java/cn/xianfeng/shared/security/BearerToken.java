package cn.xianfeng.shared.security;

import java.util.Optional;

/**
 * The token in an {@code Authorization: Bearer …} header, read the same way for HTTP requests and socket handshakes:
 * the scheme in any case, spaces around the token ignored, an empty token no token.
 */
public final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private BearerToken() {
    }

    public static Optional<String> from(String authorizationHeader) {
        if (authorizationHeader == null
                || !authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = authorizationHeader.substring(SCHEME.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
