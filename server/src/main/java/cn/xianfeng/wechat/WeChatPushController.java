package cn.xianfeng.wechat;

import cn.xianfeng.shared.web.ForbiddenException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat's message push (消息推送), JSON format, plain or safe mode. GET is the URL check of WeChat's console (the
 * {@code echostr} echoed); POST carries events. Every request must carry WeChat's {@code signature} over the Token;
 * anything else is a 403 and changes nothing. An accepted push is answered {@code success} at once: what it means
 * is published as an event inside a transaction (so the event publication registry keeps it across a crash) and
 * handled after commit — the image check's verdict ({@code wxa_media_check} → {@link WeChatMediaChecked}) and what a
 * user did with subscribe-message templates ({@code subscribe_msg_popup_event}, {@code subscribe_msg_change_event} →
 * {@link WeChatSubscriptionChanged}). Other events are acknowledged and ignored.
 */
@RestController
@RequestMapping("/api/wechat/push")
class WeChatPushController {

    private static final Logger log = LoggerFactory.getLogger(WeChatPushController.class);

    private final WeChatProperties properties;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    WeChatPushController(WeChatProperties properties, JsonMapper json, TransactionTemplate transaction,
                         ApplicationEventPublisher events) {
        this.properties = properties;
        this.json = json;
        this.transaction = transaction;
        this.events = events;
    }

    @GetMapping
    String verify(@RequestParam(required = false) String signature, @RequestParam(required = false) String timestamp,
                  @RequestParam(required = false) String nonce, @RequestParam(required = false) String echostr) {
        requireSignature(signature, timestamp, nonce);
        return echostr == null ? "" : echostr;
    }

    @PostMapping
    String receive(@RequestParam(required = false) String signature, @RequestParam(required = false) String timestamp,
                   @RequestParam(required = false) String nonce,
                   @RequestParam(name = "encrypt_type", required = false) String encryptType,
                   @RequestParam(name = "msg_signature", required = false) String msgSignature,
                   @RequestBody(required = false) String body) {
        requireSignature(signature, timestamp, nonce);
        JsonNode message = parse(body);
        if (message != null && "aes".equals(encryptType)) {
            String encrypted = message.path("Encrypt").asString(null);
            if (!StringUtils.hasText(properties.push().aesKey())
                    || !WeChatPushSignature.matches(msgSignature, properties.push().token(), timestamp, nonce,
                    encrypted)) {
                log.warn("WeChat push refused: safe-mode message signature does not match");
                throw new ForbiddenException("签名无效");
            }
            message = parse(WeChatPushSignature.decrypt(encrypted, properties.push().aesKey(), properties.appId()));
        }
        if (message == null) {
            // XML or something unreadable: nothing this server subscribes to comes that way.
            log.info("WeChat push ignored: not a JSON event");
            return "success";
        }
        String event = message.path("Event").asString("");
        if ("wxa_media_check".equals(event)) {
            WeChatMediaChecked checked = new WeChatMediaChecked(message.path("trace_id").asString(null),
                    message.path("result").path("suggest").asString(null),
                    number(message.path("result").path("label")), number(message.path("errcode")));
            if (checked.traceId() != null) {
                transaction.executeWithoutResult(status -> events.publishEvent(checked));
            }
        } else if ("subscribe_msg_popup_event".equals(event) || "subscribe_msg_change_event".equals(event)) {
            String openid = message.path("FromUserName").asString(null);
            boolean fromSettings = "subscribe_msg_change_event".equals(event);
            // One item arrives as an object, several as an array; older samples wrap them in the event's name.
            JsonNode list = message.has("List") ? message.path("List")
                    : message.path(fromSettings ? "SubscribeMsgChangeEvent" : "SubscribeMsgPopupEvent").path("List");
            List<WeChatSubscriptionChanged> changes = new ArrayList<>();
            Iterable<JsonNode> items = list.isArray() ? list : List.of(list);
            for (JsonNode item : items) {
                String templateId = item.path("TemplateId").asString(null);
                String status = item.path("SubscribeStatusString").asString(null);
                if (StringUtils.hasText(openid) && StringUtils.hasText(templateId) && StringUtils.hasText(status)) {
                    changes.add(new WeChatSubscriptionChanged(openid, templateId, status));
                }
            }
            if (!changes.isEmpty()) {
                transaction.executeWithoutResult(status -> changes.forEach(events::publishEvent));
            }
        }
        return "success";
    }

    private void requireSignature(String signature, String timestamp, String nonce) {
        String token = properties.push().token();
        if (!StringUtils.hasText(token) || !WeChatPushSignature.matches(signature, token, timestamp, nonce)) {
            log.warn("WeChat push refused: signature does not match");
            throw new ForbiddenException("签名无效");
        }
    }

    /** WeChat sends some numbers as strings ({@code "label": "100"}). */
    private static Integer number(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.asInt();
        }
        try {
            return Integer.valueOf(node.asString().trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
