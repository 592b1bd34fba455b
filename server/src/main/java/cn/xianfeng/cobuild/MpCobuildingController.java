package cn.xianfeng.cobuild;

import cn.xianfeng.shared.security.MemberCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's co-buildings, and the pioneer's tools for managing one. */
@RestController
@RequestMapping("/api/mp")
class MpCobuildingController {

    private final CobuildingService cobuildings;
    private final MembershipService memberships;
    private final JoinAttempts joinAttempts;
    private final InvitationPreviewService previews;

    MpCobuildingController(CobuildingService cobuildings, MembershipService memberships, JoinAttempts joinAttempts,
                           InvitationPreviewService previews) {
        this.cobuildings = cobuildings;
        this.memberships = memberships;
        this.joinAttempts = joinAttempts;
        this.previews = previews;
    }

    @GetMapping("/cobuildings")
    PageResponse<CobuildingSummary> mine(MemberCaller caller, @Valid PageQuery page) {
        return cobuildings.mine(caller.userId(), page);
    }

    @GetMapping("/cobuildings/{id}")
    CobuildingView get(MemberCaller caller, @PathVariable long id) {
        return cobuildings.memberView(caller.userId(), id);
    }

    @PostMapping("/invitations/join")
    JoinResult join(MemberCaller caller, @Valid @RequestBody MembershipRequests.Join request) {
        return joinAttempts.guarded(caller.userId(), () -> memberships.join(caller.userId(), request.code()));
    }

    /** Where the code leads, before joining; refused as joining would refuse it, and limited alike. */
    @GetMapping("/invitations/{code}/preview")
    InvitationPreview preview(MemberCaller caller, @PathVariable String code) {
        return joinAttempts.guarded(caller.userId(), () -> previews.preview(caller.userId(), code));
    }

    /** 201 for a new invitation; 200 with the same invitation when a retry carries the same clientId. */
    @PostMapping("/cobuildings/{id}/invitations")
    ResponseEntity<InvitationView> invite(MemberCaller caller, @PathVariable long id,
                                          @Valid @RequestBody MembershipRequests.CreateInvitation request) {
        MembershipService.CreatedInvitation result = memberships.createInvitation(caller.userId(), id, request);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result.view());
    }

    @GetMapping("/cobuildings/{id}/invitations")
    PageResponse<InvitationView> invitations(MemberCaller caller, @PathVariable long id, @Valid PageQuery page) {
        return memberships.invitations(caller.userId(), id, page);
    }

    @DeleteMapping("/cobuildings/{id}/invitations/{invitationId}")
    ResponseEntity<Void> revoke(MemberCaller caller, @PathVariable long id, @PathVariable long invitationId) {
        memberships.revokeInvitation(caller.userId(), id, invitationId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cobuildings/{id}/invitations/{invitationId}/wxacode")
    MiniProgramCode wxaCode(MemberCaller caller, @PathVariable long id,
                                              @PathVariable long invitationId) {
        return memberships.invitationCode(caller.userId(), id, invitationId);
    }

    @DeleteMapping("/cobuildings/{id}/members/{userId}")
    ResponseEntity<Void> remove(MemberCaller caller, @PathVariable long id, @PathVariable long userId) {
        memberships.removeMember(caller.userId(), id, userId);
        return ResponseEntity.noContent().build();
    }

    /** The pioneer lets a removed person back in; their old invitations stay unusable. */
    @PostMapping("/cobuildings/{id}/members/{userId}/readmit")
    CobuildingView readmit(MemberCaller caller, @PathVariable long id, @PathVariable long userId) {
        return memberships.readmit(caller.userId(), id, userId);
    }

    /** Who came and went (joined, removed, re-admitted), newest first; {@code userId} narrows it to one person. */
    @GetMapping("/cobuildings/{id}/member-history")
    PageResponse<MembershipHistorySummary> memberHistory(MemberCaller caller, @PathVariable long id,
                                                      @RequestParam(name = "userId", required = false) Long userId,
                                                      @Valid PageQuery page) {
        return memberships.history(caller.userId(), id, userId, page);
    }

    @PutMapping("/cobuildings/{id}/units/{unitId}/liaison")
    CobuildingView handLiaison(MemberCaller caller, @PathVariable long id, @PathVariable long unitId,
                               @Valid @RequestBody MembershipRequests.HandLiaison request) {
        return memberships.handLiaison(caller.userId(), id, unitId, Long.parseLong(request.userId()));
    }
}
