package cn.xianfeng.board;

import cn.xianfeng.shared.security.MemberCaller;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The board's 小程序码 for the co-building's members to share. */
@RestController
@RequestMapping("/api/mp")
class MpBoardController {

    private final BoardCodes codes;

    MpBoardController(BoardCodes codes) {
        this.codes = codes;
    }

    @GetMapping(value = "/cobuildings/{id}/board/wxacode", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> miniProgramCode(MemberCaller caller, @PathVariable long id) {
        return png(codes.forMember(caller.userId(), id));
    }

    /** Bytes, not a data URL, so the phone can save it to the album and print it. */
    static ResponseEntity<byte[]> png(byte[] png) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache().cachePrivate())
                .body(png);
    }
}
