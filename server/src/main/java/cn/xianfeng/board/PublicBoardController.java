package cn.xianfeng.board;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The public board as JSON, for the mini-program's board page and anyone else: no login. */
@RestController
@RequestMapping("/api/public/boards")
class PublicBoardController {

    private final BoardService boards;
    private final BoardRequests requests;
    private final JsonMapper json;

    PublicBoardController(BoardService boards, BoardRequests requests, JsonMapper json) {
        this.boards = boards;
        this.requests = requests;
        this.json = json;
    }

    /** Written to bytes here, so that the ETag is over exactly what is sent. */
    @GetMapping("/{publicId}")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = BoardView.class)))
    ResponseEntity<byte[]> board(@PathVariable String publicId, HttpServletRequest request) {
        requests.admit(request.getRemoteAddr());
        return BoardResponses.cached(json.writeValueAsBytes(boards.board(publicId)), MediaType.APPLICATION_JSON);
    }
}
