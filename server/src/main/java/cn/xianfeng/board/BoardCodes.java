package cn.xianfeng.board;

import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.wechat.WeChat;
import java.time.Duration;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.ByteArrayCodec;
import org.springframework.stereotype.Service;

/**
 * The board's mini-program code (小程序码), which opens {@value #PAGE} with the scene {@code b=<publicId>}: for
 * members to share and for the bureau to print. WeChat draws it once per public id (it never changes, and WeChat
 * counts the calls); Redis keeps it for every instance.
 */
@Service
class BoardCodes {

    static final String PAGE = "packages/board/index";
    /** Long enough to spare WeChat, short enough that a change of {@code xf.wechat.code-env-version} comes through. */
    private static final Duration KEPT = Duration.ofDays(30);

    private final CobuildingDirectory cobuildings;
    private final WeChat weChat;
    private final RedissonClient redisson;

    BoardCodes(CobuildingDirectory cobuildings, WeChat weChat, RedissonClient redisson) {
        this.cobuildings = cobuildings;
        this.weChat = weChat;
        this.redisson = redisson;
    }

    /** For any active member of the co-building; 404 for everyone else, as if it did not exist. */
    byte[] forMember(long userId, long cobuildingId) {
        if (cobuildings.activeRole(cobuildingId, userId).isEmpty()) {
            throw notFound();
        }
        return png(cobuildingId);
    }

    /** For admins who may read the co-building ({@code READ_COBUILDINGS}; a LIAISON only their own). */
    byte[] forAdmin(AdminCaller caller, long cobuildingId) {
        cobuildings.visibleToAdmin(caller, cobuildingId);
        return png(cobuildingId);
    }

    private byte[] png(long cobuildingId) {
        String publicId = cobuildings.publicIdOf(cobuildingId).orElseThrow(BoardCodes::notFound);
        RBucket<byte[]> stored = redisson.getBucket("board:wxacode:" + publicId, ByteArrayCodec.INSTANCE);
        byte[] png = stored.get();
        if (png == null) {
            // Two instances drawing at once both store the same picture: harmless, so no lock.
            png = weChat.miniProgramCode("b=" + publicId, PAGE);
            stored.set(png, KEPT);
        }
        return png;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("COBUILDING_NOT_FOUND", "先锋号不存在");
    }
}
