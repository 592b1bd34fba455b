package cn.xianfeng.chat;

import cn.xianfeng.shared.security.MemberCaller;
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

@RestController
@RequestMapping("/api/mp/conversations")
class MpChatController {

    private final ChatService chat;

    MpChatController(ChatService chat) {
        this.chat = chat;
    }

    /**
     * Latest activity first, 50 to a page by default: the 消息 tab's first page holds every conversation of a
     * usual member, and further pages follow as it scrolls.
     */
    @GetMapping
    PageResponse<ConversationView> mine(MemberCaller caller,
                                        @RequestParam(defaultValue = "1") @Min(1) int page,
                                        @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return chat.conversationsOf(caller.userId(), page, size);
    }

    /** One conversation as a line of the list: the chat page learns its title and whether it is writable. */
    @GetMapping("/{id}")
    ConversationView one(MemberCaller caller, @PathVariable long id) {
        return chat.view(caller.userId(), id);
    }

    /** {@code afterSeq}: sync forward (ascending); {@code beforeSeq}: older history; neither: the latest page. */
    @GetMapping("/{id}/messages")
    MessagePage messages(MemberCaller caller, @PathVariable long id,
                                     @RequestParam(required = false) @Min(0) Long afterSeq,
                                     @RequestParam(required = false) @Min(1) Long beforeSeq,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        if (afterSeq != null) {
            return chat.after(caller.userId(), id, afterSeq, limit);
        }
        return chat.before(caller.userId(), id, beforeSeq != null ? beforeSeq : Long.MAX_VALUE, limit);
    }

    /**
     * {@code {clientMsgId, type: TEXT, text}} or {@code {clientMsgId, type: IMAGE, mediaId}} (an upload of purpose
     * CHAT). 201 for a new message; 200 with the stored one when a resend carries the same clientMsgId.
     */
    @PostMapping("/{id}/messages")
    ResponseEntity<MessageView> send(MemberCaller caller, @PathVariable long id,
                                     @Valid @RequestBody ChatRequests.Send request) {
        ChatService.Sent sent = chat.send(caller.userId(), id, request);
        return ResponseEntity.status(sent.created() ? HttpStatus.CREATED : HttpStatus.OK).body(sent.message());
    }

    /** A one-to-one: {@code {cobuildingId}} with its bureau liaison, or {@code {userId}} with a fellow member. */
    @PostMapping("/direct")
    ResponseEntity<ConversationView> openDirect(MemberCaller caller,
                                                @Valid @RequestBody ChatRequests.OpenDirect request) {
        DirectConversations.Opened opened = chat.openDirect(caller.userId(), request);
        return ResponseEntity.status(opened.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(chat.view(caller.userId(), opened.conversation()));
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(MemberCaller caller, @PathVariable long id, @Valid @RequestBody ChatRequests.Read request) {
        chat.markRead(caller.userId(), id, request.seq());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/messages/{seq}/recall")
    MessageView recall(MemberCaller caller, @PathVariable long id, @PathVariable long seq) {
        return chat.recall(caller.userId(), id, seq);
    }
}
