package cn.xianfeng.activity;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.wechat.WeChat;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** What organisers show at the door: the rotating code, and the activity's 小程序码 (kept once drawn). */
@Component
class ActivityCodes {

    /** The check-in page of the mini-program, which reads {@code a} and {@code k} from the scene. */
    static final String PAGE = "packages/activity/detail";

    private final CheckinCodes codes;
    private final ActivityWxacodeMapper wxacodes;
    private final WeChat weChat;
    private final Activities reads;

    ActivityCodes(CheckinCodes codes, ActivityWxacodeMapper wxacodes, WeChat weChat, Activities reads) {
        this.codes = codes;
        this.wxacodes = wxacodes;
        this.weChat = weChat;
        this.reads = reads;
    }

    RotatingCodeView rotating(ActivityState a) {
        if (a.cancelledAt() != null) {
            throw new ActivityExceptions.Cancelled();
        }
        Instant now = reads.now();
        return new RotatingCodeView(codes.rotatingCode(a.id(), now), ApiTime.of(CheckinCodes.sliceEnd(now)),
                CheckinCodes.PERIOD_SECONDS);
    }

    /** The PNG; drawn by WeChat the first time only (it never changes, and WeChat counts the calls). */
    byte[] miniProgramCode(ActivityState a) {
        ActivityWxacode stored = wxacodes.findByActivity(a.id());
        if (stored != null) {
            return stored.getPng();
        }
        byte[] png = weChat.miniProgramCode("a=" + a.id() + "&k=" + codes.miniProgramKey(a.id()), PAGE);
        return insertOrFind(() -> {
            ActivityWxacode row = new ActivityWxacode();
            row.setActivityId(a.id());
            row.setPng(png);
            wxacodes.insert(row);
            return png;
        }, () -> {
            ActivityWxacode raced = wxacodes.findByActivity(a.id());
            return raced == null ? null : raced.getPng();
        });
    }
}
