package cn.xianfeng.wechat.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulated WeChat remembers: issued access tokens and the last calls it received. In memory on purpose:
 * it is a development tool, and a restart is a fresh WeChat.
 */
class SimulatorState {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(2);
    private static final int KEPT_RECORDS = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private volatile String stableToken;
    private final Deque<SimulatorRecord> records = new ArrayDeque<>();
    private final AtomicLong seq = new AtomicLong();
    // APIs switched to answer "system busy", so a developer can see how the product behaves when WeChat is down.
    private final Set<String> outages = ConcurrentHashMap.newKeySet();

    /** The stable token stays the same while it is valid, as WeChat's does, unless a refresh is forced. */
    synchronized String stableToken(boolean forceRefresh) {
        String current = stableToken;
        if (forceRefresh || current == null || !isValid(current)) {
            if (forceRefresh && current != null) {
                tokens.remove(current);
            }
            stableToken = newToken();
        }
        return stableToken;
    }

    String plainToken() {
        return newToken();
    }

    long secondsLeft(String token) {
        Instant expiry = tokens.get(token);
        return expiry == null ? 0 : Math.max(0, Duration.between(Instant.now(), expiry).toSeconds());
    }

    boolean isValid(String token) {
        Instant expiry = token == null ? null : tokens.get(token);
        return expiry != null && expiry.isAfter(Instant.now());
    }

    private String newToken() {
        byte[] raw = new byte[48];
        RANDOM.nextBytes(raw);
        String token = "SIM_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        tokens.put(token, Instant.now().plus(TOKEN_LIFETIME));
        return token;
    }

    /** A code always maps to the same openid, so {@code dev-alice} is the same person on every login. */
    static String openidFor(String appId, String code) {
        return "o" + hash(appId + ":" + code).substring(0, 27);
    }

    static String unionidFor(String openid) {
        return "u" + hash("union:" + openid).substring(0, 27);
    }

    static String newSessionKey() {
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    long nextMsgId() {
        return 2_000_000_000_000_000L + seq.incrementAndGet();
    }

    boolean isDown(String api) {
        return outages.contains(api);
    }

    void setDown(String api, boolean down) {
        if (down) {
            outages.add(api);
        } else {
            outages.remove(api);
        }
    }

    /**
     * An image submitted to media_check_async: the push WeChat would make once it has looked at it, waiting for a
     * developer (or a test) to deliver it with a verdict.
     */
    record MediaCheck(String traceId, String mediaUrl, String openid, int scene, Instant submittedAt,
                      String deliveredSuggest) {
    }

    private final Map<String, MediaCheck> mediaChecks = new java.util.LinkedHashMap<>();

    synchronized String submitMediaCheck(String mediaUrl, String openid, int scene) {
        String traceId = "sim-media-" + nextMsgId();
        mediaChecks.put(traceId, new MediaCheck(traceId, mediaUrl, openid, scene, Instant.now(), null));
        while (mediaChecks.size() > KEPT_RECORDS) {
            mediaChecks.remove(mediaChecks.keySet().iterator().next());
        }
        return traceId;
    }

    synchronized MediaCheck mediaCheck(String traceId) {
        return mediaChecks.get(traceId);
    }

    synchronized void markDelivered(String traceId, String suggest) {
        MediaCheck check = mediaChecks.get(traceId);
        if (check != null) {
            mediaChecks.put(traceId, new MediaCheck(check.traceId(), check.mediaUrl(), check.openid(), check.scene(),
                    check.submittedAt(), suggest));
        }
    }

    /** Newest first. */
    synchronized List<MediaCheck> mediaChecks() {
        List<MediaCheck> result = new ArrayList<>(mediaChecks.values());
        java.util.Collections.reverse(result);
        return result;
    }

    synchronized SimulatorRecord record(String api, Map<String, Object> request, Map<String, Object> response) {
        SimulatorRecord entry = new SimulatorRecord(seq.incrementAndGet(), Instant.now(), api, request, response);
        records.addFirst(entry);
        while (records.size() > KEPT_RECORDS) {
            records.removeLast();
        }
        return entry;
    }

    synchronized List<SimulatorRecord> records(String api) {
        List<SimulatorRecord> result = new ArrayList<>();
        for (SimulatorRecord entry : records) {
            if (api == null || api.equals(entry.api())) {
                result.add(entry);
            }
        }
        return result;
    }

    synchronized void clearRecords() {
        records.clear();
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).replace('-', 'x').replace('_', 'y');
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
