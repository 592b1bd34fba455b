package cn.xianfeng.board;

import cn.xianfeng.shared.security.AdminCaller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The board's 小程序码 for the bureau, e.g. to print beside the plaque's QR code. */
@RestController
@RequestMapping("/api/admin")
class AdminBoardController {

    private final BoardCodes codes;

    AdminBoardController(BoardCodes codes) {
        this.codes = codes;
    }

    @GetMapping(value = "/cobuildings/{id}/board/wxacode", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> miniProgramCode(AdminCaller caller, @PathVariable long id) {
        return MpBoardController.png(codes.forAdmin(caller, id));
    }
}
