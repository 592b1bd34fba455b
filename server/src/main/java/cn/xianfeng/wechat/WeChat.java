package cn.xianfeng.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.bean.WxMaMediaAsyncCheckResult;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.binarywang.wx.miniapp.bean.security.WxMaMediaSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckResponse;
import cn.xianfeng.shared.web.RateLimitedException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every call this server makes to WeChat goes through here. WeChat's error codes become our exceptions; the
 * {@code session_key} of a login is stored in Redis for later decryption and is never returned or logged.
 * <p>
 * WxJava's own logging is switched off (application.yml): it writes the request URL with {@code access_token=} and
 * the request body (message texts, openids) at WARN for nearly every error code. Instead each failure is logged here
 * as one line with the API and the errcode; the request id comes from the log pattern.
 */
@Service
public class WeChat {

    private static final Logger log = LoggerFactory.getLogger(WeChat.class);
    /** WeChat lets a session key live for days; we keep it no longer than a member token. */
    private static final Duration SESSION_KEY_TTL = Duration.ofDays(7);
    /**
     * Codes that say "not now" rather than "not this request": system busy, the quotas per minute and per day, and
     * an access token that WxJava's single refresh could not mend.
     */
    private static final Set<Integer> RETRYABLE = Set.of(-1, 45009, 45011, 40001, 40014, 42001);
    /** Codes that are about the user or the request, not about WeChat's health: logged at INFO. */
    private static final Set<Integer> EXPECTED = Set.of(40029, 40163, 40226, 43101);

    private final WxMaService wx;
    private final RedissonClient redisson;

    private final String codeEnvVersion;

    WeChat(WxMaService wx, RedissonClient redisson, WeChatProperties properties) {
        this.wx = wx;
        this.redisson = redisson;
        this.codeEnvVersion = properties.codeEnvVersion();
    }

    /** Exchanges a {@code wx.login} code for the user's identity ({@code code2Session}). */
    public WeChatIdentity login(String code) {
        WxMaJscode2SessionResult session;
        try {
            session = wx.getUserService().getSessionInfo(code);
        } catch (WxErrorException e) {
            throw translate("code2session", e);
        } catch (WxRuntimeException e) {
            throw unreachable("code2session", e);
        }
        if (session == null || session.getOpenid() == null || session.getOpenid().isBlank()) {
            log.warn("WeChat code2session answered without the user's identity");
            throw new WeChatUnavailableException("code2session", 0, true, null);
        }
        if (session.getSessionKey() != null) {
            redisson.getBucket("wx:session-key:" + session.getOpenid(), StringCodec.INSTANCE)
                    .set(session.getSessionKey(), SESSION_KEY_TTL);
        }
        String unionid = session.getUnionid() == null || session.getUnionid().isBlank() ? null : session.getUnionid();
        return new WeChatIdentity(session.getOpenid(), unionid);
    }

    /**
     * A mini-program code (小程序码) that opens {@code page} with {@code scene} (at most 32 characters of
     * {@code [0-9A-Za-z!#$&'()*+,/:;=?@-._~]}); PNG bytes.
     */
    public byte[] miniProgramCode(String scene, String page) {
        try {
            return wx.getQrcodeService().createWxaCodeUnlimitBytes(scene, page, false, codeEnvVersion, 430, false,
                    null, false);
        } catch (WxErrorException e) {
            throw translate("getwxacodeunlimit", e);
        } catch (WxRuntimeException e) {
            throw unreachable("getwxacodeunlimit", e);
        }
    }

    /**
     * WeChat's text check (msg_sec_check v2) on what {@code openid} wrote; scene 2 is "comment", the closest to chat.
     * Throws {@link WeChatUnavailableException} when WeChat gives no verdict, so the caller can queue the text; its
     * {@code retryable()} says whether a later check can succeed (a rate limit is a "later" here, not a 429: the
     * member's message is stored either way).
     */
    public TextVerdict checkText(String openid, String text) {
        try {
            WxMaMsgSecCheckCheckResponse response = wx.getSecurityService().checkMessage(
                    WxMaMsgSecCheckCheckRequest.builder().content(text).version("2").scene(2).openid(openid).build());
            String suggest = response.getResult() == null ? null : response.getResult().getSuggest();
            return "risky".equals(suggest) ? TextVerdict.RISKY
                    : "review".equals(suggest) ? TextVerdict.REVIEW : TextVerdict.PASS;
        } catch (WxErrorException e) {
            int code = logged("msg_sec_check", e);
            throw new WeChatUnavailableException("msg_sec_check", code, RETRYABLE.contains(code), e);
        } catch (WxRuntimeException e) {
            throw unreachable("msg_sec_check", e);
        }
    }

    /**
     * Submits an image to WeChat's asynchronous check (media_check_async v2): WeChat downloads {@code mediaUrl} and
     * pushes its verdict, with the returned trace id, to the push callback ({@link WeChatMediaChecked}) within about
     * 30 minutes. {@code scene}: 1 profile, 2 comment, 3 forum, 4 social log; {@code openid}: the member who uploaded.
     * Throws {@link WeChatUnavailableException} when WeChat takes no request; its {@code retryable()} says whether a
     * later submission can succeed (-1, the quotas, a token problem) or not (40004 media type, 61010 the user has not
     * opened the mini-program lately, 40003 openid …).
     */
    public String checkImageAsync(String openid, String mediaUrl, int scene) {
        try {
            WxMaMediaAsyncCheckResult result = wx.getSecurityService().mediaCheckAsync(
                    WxMaMediaSecCheckCheckRequest.builder().mediaUrl(mediaUrl).mediaType(2).version(2).scene(scene)
                            .openid(openid).build());
            if (result == null || result.getTraceId() == null || result.getTraceId().isBlank()) {
                log.warn("WeChat media_check_async answered without a trace id");
                throw new WeChatUnavailableException("media_check_async", 0, true, null);
            }
            return result.getTraceId();
        } catch (WxErrorException e) {
            int code = logged("media_check_async", e);
            throw new WeChatUnavailableException("media_check_async", code, RETRYABLE.contains(code), e);
        } catch (WxRuntimeException e) {
            throw unreachable("media_check_async", e);
        }
    }

    /**
     * Sends a subscribe message (订阅消息) from {@code templateId} to {@code openid}; {@code data} maps the template's
     * keys ({@code thing1}, {@code time2} …) to values, {@code page} is what a tap opens. Throws
     * {@link WeChatNoQuotaException} when the user has no subscription left (43101), a {@link RateLimitedException}
     * for WeChat's quotas (45009, 45011) and {@link WeChatUnavailableException} otherwise.
     */
    public void sendSubscribeMessage(String openid, String templateId, String page, Map<String, String> data) {
        WxMaSubscribeMessage message = new WxMaSubscribeMessage()
                .setToUser(openid)
                .setTemplateId(templateId)
                .setPage(page)
                .setMiniprogramState(miniProgramState())
                .setLang("zh_CN");
        data.forEach((name, value) -> message.addData(new WxMaSubscribeMessage.MsgData(name, value)));
        try {
            wx.getMsgService().sendSubscribeMsg(message);
        } catch (WxErrorException e) {
            throw translate("subscribe_send", e);
        } catch (WxRuntimeException e) {
            throw unreachable("subscribe_send", e);
        }
    }

    /** Which version of the mini-program a subscribe message opens, in subscribe/send's own words. */
    private String miniProgramState() {
        return switch (codeEnvVersion) {
            case "develop" -> "developer";
            case "trial" -> "trial";
            default -> "formal";
        };
    }

    /** WeChat's suggestion for a text: pass, let a person review, or refuse. */
    public enum TextVerdict {
        PASS,
        REVIEW,
        RISKY
    }

    private static RuntimeException translate(String api, WxErrorException e) {
        int code = logged(api, e);
        return switch (code) {
            case 40029, 40163 -> new WeChatCodeInvalidException();
            case 40226 -> new WeChatLoginBlockedException();
            case 43101 -> new WeChatNoQuotaException();
            case 45011, 45009 -> new RateLimitedException("WX_RATE_LIMITED", "微信接口调用过于频繁，请一分钟后再试",
                    Duration.ofMinutes(1));
            default -> new WeChatUnavailableException(api, code, RETRYABLE.contains(code), e);
        };
    }

    /** The one log line of a WeChat error: the API and the errcode, never the URL, the body or WeChat's errmsg. */
    private static int logged(String api, WxErrorException e) {
        int code = e.getError() != null ? e.getError().getErrorCode() : -1;
        if (EXPECTED.contains(code)) {
            log.info("WeChat {} failed: errcode {}", api, code);
        } else {
            log.warn("WeChat {} failed: errcode {}", api, code);
        }
        return code;
    }

    /** WeChat could not be reached or answered something that is not WeChat's format (an HTTP error page). */
    private static WeChatUnavailableException unreachable(String api, WxRuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // The class only: a library's message may quote the URL, and with it the access token.
        log.warn("WeChat {} failed: unreachable ({})", api, root.getClass().getSimpleName());
        return new WeChatUnavailableException(api, 0, true, e);
    }
}
