package cn.xianfeng.chat;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's chat console: the same conversation model as members, seen and moderated from the admin side. */
@RestController
@RequestMapping("/api/admin")
class AdminChatController {

    private final AdminChatService chat;

    AdminChatController(AdminChatService chat) {
        this.chat = chat;
    }

    /** Latest activity first, 50 to a page by default. */
    @GetMapping("/conversations")
    PageResponse<ConversationView> mine(AdminCaller caller,
                                        @RequestParam(defaultValue = "1") @Min(1) int page,
                                        @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return chat.mine(caller, page, size);
    }

    @GetMapping("/cobuildings/{cobuildingId}/conversation")
    ConversationView groupOf(AdminCaller caller, @PathVariable long cobuildingId) {
        return chat.groupOf(caller, cobuildingId);
    }

    /** {@code afterSeq}: sync forward (ascending); {@code beforeSeq}: older history; neither: the latest page. */
    @GetMapping("/conversations/{id}/messages")
    MessagePage messages(AdminCaller caller, @PathVariable long id,
                         @RequestParam(required = false) @Min(0) Long afterSeq,
                         @RequestParam(required = false) @Min(1) Long beforeSeq,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        if (afterSeq != null) {
            return chat.after(caller, id, afterSeq, limit);
        }
        return chat.before(caller, id, beforeSeq, limit);
    }

    /**
     * A text, or an image the admin uploaded ({@code POST /api/admin/media}, purpose CHAT). 201 for a new message;
     * 200 with the stored one when a resend carries the same clientMsgId.
     */
    @PostMapping("/conversations/{id}/messages")
    ResponseEntity<MessageView> send(AdminCaller caller, @PathVariable long id,
                                     @Valid @RequestBody ChatRequests.Send request) {
        ChatService.Sent sent = chat.send(caller, id, request);
        return ResponseEntity.status(sent.created() ? HttpStatus.CREATED : HttpStatus.OK).body(sent.message());
    }

    @PostMapping("/conversations/{id}/read")
    ResponseEntity<Void> read(AdminCaller caller, @PathVariable long id,
                              @Valid @RequestBody ChatRequests.Read request) {
        chat.markRead(caller, id, request.seq());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conversations/{id}/messages/{seq}/recall")
    MessageView recall(AdminCaller caller, @PathVariable long id, @PathVariable long seq,
                       @Valid @RequestBody(required = false) ChatRequests.Recall request) {
        return chat.recall(caller, id, seq, request == null ? null : request.reason());
    }
}
