package cn.xianfeng.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckResponse;
import cn.xianfeng.shared.web.RateLimitedException;
import java.time.Duration;
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
 */
@Service
public class WeChat {

    private static final Logger log = LoggerFactory.getLogger(WeChat.class);
    /** WeChat lets a session key live for days; we keep it no longer than a member token. */
    private static final Duration SESSION_KEY_TTL = Duration.ofDays(7);

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
            throw new WeChatUnavailableException("code2session", e);
        }
        if (session == null || session.getOpenid() == null || session.getOpenid().isBlank()) {
            throw new WeChatUnavailableException("code2session", null);
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
            throw new WeChatUnavailableException("getwxacodeunlimit", e);
        }
    }

    /**
     * WeChat's text check (msg_sec_check v2) on what {@code openid} wrote; scene 2 is "comment", the closest to chat.
     * Throws {@link WeChatUnavailableException} when WeChat cannot answer, so the caller can queue the text.
     */
    public TextVerdict checkText(String openid, String text) {
        try {
            WxMaMsgSecCheckCheckResponse response = wx.getSecurityService().checkMessage(
                    WxMaMsgSecCheckCheckRequest.builder().content(text).version("2").scene(2).openid(openid).build());
            String suggest = response.getResult() == null ? null : response.getResult().getSuggest();
            return "risky".equals(suggest) ? TextVerdict.RISKY
                    : "review".equals(suggest) ? TextVerdict.REVIEW : TextVerdict.PASS;
        } catch (WxErrorException e) {
            throw new WeChatUnavailableException("msg_sec_check errcode "
                    + (e.getError() == null ? -1 : e.getError().getErrorCode()), e);
        } catch (WxRuntimeException e) {
            throw new WeChatUnavailableException("msg_sec_check", e);
        }
    }

    /** WeChat's suggestion for a text: pass, let a person review, or refuse. */
    public enum TextVerdict {
        PASS,
        REVIEW,
        RISKY
    }

    private static RuntimeException translate(String call, WxErrorException e) {
        int code = e.getError() != null ? e.getError().getErrorCode() : -1;
        log.info("WeChat {} failed with errcode {}", call, code);
        return switch (code) {
            case 40029, 40163 -> new WeChatCodeInvalidException();
            case 40226 -> new WeChatLoginBlockedException();
            case 45011, 45009 -> new RateLimitedException("WX_RATE_LIMITED", "微信接口调用过于频繁，请一分钟后再试",
                    Duration.ofMinutes(1));
            default -> new WeChatUnavailableException(call + " errcode " + code, e);
        };
    }
}
