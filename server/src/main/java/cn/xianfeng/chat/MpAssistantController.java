package cn.xianfeng.chat;

import cn.xianfeng.shared.security.MemberCaller;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The policy assistant in the mini-program. Questions are texts sent to the assistant conversation through the
 * usual message endpoint; each is answered by an ANSWER card a moment later (over the socket, or the next sync).
 */
@RestController
@RequestMapping("/api/mp/assistant")
class MpAssistantController {

    private final AssistantConversations assistantConversations;
    private final AssistantForwarding forwarding;
    private final ChatService chat;

    MpAssistantController(AssistantConversations assistantConversations, AssistantForwarding forwarding,
                          ChatService chat) {
        this.assistantConversations = assistantConversations;
        this.forwarding = forwarding;
        this.chat = chat;
    }

    /** The member's own assistant conversation: 201 when made now, 200 when it existed. */
    @PostMapping("/conversation")
    ResponseEntity<ConversationView> open(MemberCaller caller) {
        DirectConversations.Opened opened = assistantConversations.open(caller.userId());
        return ResponseEntity.status(opened.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(chat.view(caller.userId(), opened.conversation()));
    }

    /**
     * Sends the question to the bureau liaison of the member's co-building, as the member's text in their direct
     * conversation. 201 when forwarded now, 200 when it had been already; 409 {@code NO_LIAISON} when there is none.
     */
    @PostMapping("/forward")
    ResponseEntity<AssistantForwarded> forward(MemberCaller caller, @Valid @RequestBody AssistantForwardRequest request) {
        AssistantForwarding.Forwarded forwarded = forwarding.forward(caller.userId(), Long.parseLong(request.messageId()));
        return ResponseEntity.status(forwarded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(forwarded.view());
    }
}
