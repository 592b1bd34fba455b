package cn.xianfeng.wechat.simulator;

import cn.xianfeng.wechat.WeChatProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated WeChat API under {@code /wx-sim}, for callers on this machine only ({@link SimulatorLoopbackOnly}).
 * Like WeChat, it answers every error as HTTP 200 with an
 * {@code errcode} body (WxJava turns any other status into an unusable runtime exception), and a success of the
 * POST APIs always carries {@code "errcode":0} (WxJava reads it without a null check).
 */
@RestController
@RequestMapping(WeChatSimulatorController.PREFIX)
@ConditionalOnProperty(name = "xf.wechat.simulator.enabled", havingValue = "true")
class WeChatSimulatorController {

    static final String PREFIX = "/wx-sim";
    private static final Set<String> OUTAGE_APIS = Set.of("msg_sec_check", "subscribe_send", "media_check_async");
    private static final Pattern OPENID = Pattern.compile("o[0-9A-Za-z_-]{27}");
    private static final Pattern SCENE = Pattern.compile("[0-9A-Za-z!#$&'()*+,/:;=?@\\-._~]{1,32}");

    private final WeChatProperties properties;
    private final SimulatorState state;
    private final SubscribeDataRules dataRules = new SubscribeDataRules();
    private final JsonMapper json;

    WeChatSimulatorController(WeChatProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.state = new SimulatorState();
    }

    @GetMapping("/sns/jscode2session")
    Map<String, Object> jscode2session(@RequestParam(name = "appid", required = false) String appId,
                                       @RequestParam(name = "js_code", required = false) String code) {
        Map<String, Object> request = Map.of("appid", String.valueOf(appId), "js_code", String.valueOf(code));
        Map<String, Object> response;
        if (appId == null || !appId.equals(properties.appId())) {
            response = error(40013, "invalid appid");
        } else if (code == null || code.isBlank() || code.startsWith("bad-")) {
            response = error(40029, "invalid code");
        } else {
            String openid = SimulatorState.openidFor(appId, code);
            response = new LinkedHashMap<>();
            response.put("openid", openid);
            response.put("session_key", SimulatorState.newSessionKey());
            response.put("unionid", SimulatorState.unionidFor(openid));
        }
        // The session key is a secret even in a simulator: keep it out of what developers list.
        Map<String, Object> recorded = new LinkedHashMap<>(response);
        recorded.remove("session_key");
        state.record("jscode2session", request, recorded);
        return response;
    }

    @GetMapping("/cgi-bin/token")
    Map<String, Object> token(@RequestParam(name = "appid", required = false) String appId,
                              @RequestParam(name = "secret", required = false) String secret) {
        Map<String, Object> response = credentialsError(appId, secret);
        if (response == null) {
            String token = state.plainToken();
            response = Map.of("access_token", token, "expires_in", state.secondsLeft(token));
        }
        return response;
    }

    @PostMapping("/cgi-bin/stable_token")
    Map<String, Object> stableToken(@RequestBody String body) {
        JsonNode request = parse(body);
        if (request == null) {
            return error(47001, "data format error");
        }
        Map<String, Object> response = credentialsError(request.path("appid").asString(null),
                request.path("secret").asString(null));
        if (response == null) {
            String token = state.stableToken(request.path("force_refresh").asBoolean(false));
            response = Map.of("access_token", token, "expires_in", state.secondsLeft(token));
        }
        return response;
    }

    @PostMapping("/cgi-bin/message/subscribe/send")
    Map<String, Object> sendSubscribeMessage(@RequestParam(name = "access_token", required = false) String token,
                                             @RequestBody String body) {
        JsonNode request = parse(body);
        Map<String, Object> response;
        if (!state.isValid(token)) {
            response = invalidToken();
        } else if (state.isDown("subscribe_send")) {
            response = error(-1, "system error");
        } else if (request == null) {
            response = error(47001, "data format error");
        } else if (request.path("touser").asString("").isBlank()) {
            response = error(40003, "invalid openid");
        } else if (request.path("template_id").asString("").isBlank()) {
            response = error(40037, "invalid template_id");
        } else {
            String problem = dataRules.firstProblem(request.path("data"));
            response = problem != null ? error(47003, problem) : ok(Map.of("msgid", state.nextMsgId()));
        }
        state.record("subscribe_send", request != null ? asMap(request) : Map.of("raw", body), response);
        return response;
    }

    @PostMapping("/wxa/msg_sec_check")
    Map<String, Object> msgSecCheck(@RequestParam(name = "access_token", required = false) String token,
                                    @RequestBody String body) {
        JsonNode request = parse(body);
        Map<String, Object> response;
        if (!state.isValid(token)) {
            response = invalidToken();
        } else if (state.isDown("msg_sec_check")) {
            response = error(-1, "system error");
        } else if (request == null) {
            response = error(47001, "data format error");
        } else if (request.path("content").asString("").isEmpty()) {
            response = error(44002, "empty post data");
        } else if (request.path("content").asString("").length() > 2500) {
            response = error(47001, "data format error");
        } else if (!"2".equals(request.path("version").asString(""))) {
            // v1: risky content is an error of its own.
            response = riskyWord(request.path("content").asString("")) != null
                    ? error(87014, "risky content") : ok(Map.of());
        } else if (request.path("openid").asString("").isBlank()) {
            response = error(40003, "invalid openid");
        } else if (request.path("scene").asInt(0) < 1 || request.path("scene").asInt(0) > 4) {
            response = error(40129, "invalid scene");
        } else if (!OPENID.matcher(request.path("openid").asString("")).matches()) {
            // WeChat refuses an openid that is not one of its own, whatever the text.
            response = error(40003, "invalid openid");
        } else {
            boolean risky = riskyWord(request.path("content").asString("")) != null;
            String suggest = risky ? "risky" : "pass";
            int label = risky ? 20006 : 100;
            response = ok(Map.of(
                    "result", Map.of("suggest", suggest, "label", label),
                    "detail", List.of(Map.of("strategy", "content_model", "errcode", 0, "suggest", suggest,
                            "label", label, "prob", risky ? 90 : 0)),
                    "trace_id", "sim-" + state.nextMsgId()));
        }
        state.record("msg_sec_check", request != null ? asMap(request) : Map.of("raw", body), response);
        return response;
    }

    /**
     * The asynchronous image check: answers a trace id at once and remembers the push it owes, which
     * {@code POST /wx-sim/_media-checks/{traceId}/deliver} sends. Refuses what WeChat refuses: a media type other than
     * 1 (audio) or 2 (image) with 40004, a scene outside 1–4 with 40129, an openid that is not WeChat's with 40003.
     */
    @PostMapping("/wxa/media_check_async")
    Map<String, Object> mediaCheckAsync(@RequestParam(name = "access_token", required = false) String token,
                                        @RequestBody String body) {
        JsonNode request = parse(body);
        Map<String, Object> response;
        if (!state.isValid(token)) {
            response = invalidToken();
        } else if (state.isDown("media_check_async")) {
            response = error(-1, "system error");
        } else if (request == null || request.path("media_url").asString("").isBlank()) {
            response = error(47001, "data format error");
        } else if (request.path("media_type").asInt(0) != 1 && request.path("media_type").asInt(0) != 2) {
            response = error(40004, "invalid media type");
        } else if (request.path("scene").asInt(0) < 1 || request.path("scene").asInt(0) > 4) {
            response = error(40129, "invalid scene");
        } else if (!OPENID.matcher(request.path("openid").asString("")).matches()) {
            response = error(40003, "invalid openid");
        } else {
            response = ok(Map.of("trace_id", state.submitMediaCheck(request.path("media_url").asString(),
                    request.path("openid").asString(), request.path("scene").asInt())));
        }
        state.record("media_check_async", request != null ? asMap(request) : Map.of("raw", body), response);
        return response;
    }

    /** The images submitted to the asynchronous check, newest first, with the verdict delivered (if any). */
    @GetMapping("/_media-checks")
    List<SimulatorState.MediaCheck> mediaChecks() {
        return state.mediaChecks();
    }

    /**
     * Delivers the push WeChat makes when its image check is done ({@code wxa_media_check}), signed with the push
     * token the server is configured with, to this server's {@code /api/wechat/push}; {@code suggest} pass, review or
     * risky; {@code mode} plain or safe (encrypted with the EncodingAESKey). Answers what the push endpoint answered.
     */
    @PostMapping("/_media-checks/{traceId}/deliver")
    ResponseEntity<Map<String, Object>> deliverMediaCheck(@PathVariable String traceId,
            @RequestParam(name = "suggest", defaultValue = "pass") String suggest,
            @RequestParam(name = "mode", defaultValue = "plain") String mode,
            jakarta.servlet.http.HttpServletRequest servletRequest) {
        SimulatorState.MediaCheck check = state.mediaCheck(traceId);
        if (check == null || !Set.of("pass", "review", "risky").contains(suggest)
                || !Set.of("plain", "safe").contains(mode)) {
            return ResponseEntity.badRequest().build();
        }
        int label = "risky".equals(suggest) ? 20002 : 100;
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("ToUserName", "gh_simulator00");
        event.put("FromUserName", check.openid());
        event.put("CreateTime", java.time.Instant.now().getEpochSecond());
        event.put("MsgType", "event");
        event.put("Event", "wxa_media_check");
        event.put("appid", properties.appId());
        event.put("trace_id", traceId);
        event.put("version", 2);
        event.put("detail", List.of(Map.of("strategy", "content_model", "errcode", 0, "suggest", suggest,
                "label", label, "prob", "risky".equals(suggest) ? 90 : 0)));
        event.put("errcode", 0);
        event.put("errmsg", "ok");
        event.put("result", Map.of("suggest", suggest, "label", label));
        String token = properties.push().token() == null ? "" : properties.push().token();
        String timestamp = Long.toString(java.time.Instant.now().getEpochSecond());
        String nonce = Long.toString(state.nextMsgId());
        String query = "signature=" + cn.xianfeng.wechat.WeChatPushSignature.sign(token, timestamp, nonce)
                + "&timestamp=" + timestamp + "&nonce=" + nonce;
        String payload = json.writeValueAsString(event);
        if ("safe".equals(mode)) {
            String encrypted = cn.xianfeng.wechat.WeChatPushSignature.encrypt(payload, properties.push().aesKey(),
                    properties.appId());
            query += "&encrypt_type=aes&msg_signature="
                    + cn.xianfeng.wechat.WeChatPushSignature.sign(token, timestamp, nonce, encrypted);
            payload = json.writeValueAsString(Map.of("ToUserName", "gh_simulator00", "Encrypt", encrypted));
        }
        java.net.http.HttpResponse<String> answer;
        try {
            answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + servletRequest.getLocalPort()
                                    + "/api/wechat/push?" + query))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(payload)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return ResponseEntity.status(502).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ResponseEntity.status(502).build();
        }
        if (answer.statusCode() == 200) {
            state.markDelivered(traceId, suggest);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", answer.statusCode());
        result.put("body", answer.body());
        return ResponseEntity.ok(result);
    }

    /** WxJava sends this body as text/plain; it is JSON all the same. Errors must say application/json. */
    @PostMapping("/wxa/getwxacodeunlimit")
    ResponseEntity<?> wxaCodeUnlimited(@RequestParam(name = "access_token", required = false) String token,
                                       @RequestBody String body) {
        JsonNode request = parse(body);
        Map<String, Object> error = null;
        if (!state.isValid(token)) {
            error = invalidToken();
        } else if (request == null) {
            error = error(40169, "invalid length for scene, or the data is not json string");
        } else {
            String scene = request.path("scene").asString("");
            String page = request.path("page").asString("");
            int width = request.path("width").asInt(430);
            if (scene.isEmpty() || scene.length() > 32) {
                error = error(40169, "invalid length for scene, or the data is not json string");
            } else if (!SCENE.matcher(scene).matches()) {
                error = error(40129, "invalid scene");
            } else if (page.startsWith("/") || page.contains("?")) {
                error = error(41030, "invalid page");
            } else if (width < 280 || width > 1280) {
                error = error(40097, "invalid args");
            }
        }
        Map<String, Object> recordedRequest = request != null ? asMap(request) : Map.of("raw", body);
        if (error != null) {
            state.record("getwxacodeunlimit", recordedRequest, error);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(error);
        }
        byte[] png = MiniProgramCodeImage.render(request.path("scene").asString(""),
                request.path("width").asInt(430));
        state.record("getwxacodeunlimit", recordedRequest, Map.of("bytes", png.length, "contentType", "image/png"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    /** What the server sent to the simulated WeChat, newest first. */
    @GetMapping("/_records")
    ResponseEntity<List<SimulatorRecord>> records(@RequestParam(name = "api", required = false) String api) {
        return ResponseEntity.ok(state.records(api));
    }

    @DeleteMapping("/_records")
    ResponseEntity<Void> clearRecords() {
        state.clearRecords();
        return ResponseEntity.noContent().build();
    }

    /**
     * Switches an API ({@code msg_sec_check}, {@code subscribe_send}) to answer errcode -1 "system error" until it is
     * switched back with DELETE.
     */
    @PutMapping("/_outages/{api}")
    ResponseEntity<Void> startOutage(@PathVariable String api) {
        return outage(api, true);
    }

    @DeleteMapping("/_outages/{api}")
    ResponseEntity<Void> endOutage(@PathVariable String api) {
        return outage(api, false);
    }

    private ResponseEntity<Void> outage(String api, boolean down) {
        if (!OUTAGE_APIS.contains(api)) {
            return ResponseEntity.badRequest().build();
        }
        state.setDown(api, down);
        return ResponseEntity.noContent().build();
    }

    private Map<String, Object> credentialsError(String appId, String secret) {
        if (appId == null || !appId.equals(properties.appId())) {
            return error(40013, "invalid appid");
        }
        String expected = properties.secret();
        if (expected != null && !expected.isBlank() && !expected.equals(secret)) {
            return error(40125, "invalid appsecret");
        }
        return null;
    }

    private String riskyWord(String content) {
        String lower = content.toLowerCase(Locale.ROOT);
        return properties.simulator().riskyWords().stream()
                .filter(word -> !word.isBlank() && lower.contains(word.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asMap(JsonNode node) {
        return json.convertValue(node, Map.class);
    }

    private static Map<String, Object> ok(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errcode", 0);
        body.put("errmsg", "ok");
        body.putAll(fields);
        return body;
    }

    private static Map<String, Object> error(int code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errcode", code);
        body.put("errmsg", message + ", rid: sim");
        return body;
    }

    private static Map<String, Object> invalidToken() {
        return error(40001, "invalid credential, access_token is invalid or not latest");
    }
}
