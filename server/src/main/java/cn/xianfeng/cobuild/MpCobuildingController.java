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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A member's co-buildings, and the pioneer's tools for managing one. */
@RestController
@RequestMapping("/api/mp")
class MpCobuildingController {

    private final CobuildingService cobuildings;
    private final MembershipService memberships;

    MpCobuildingController(CobuildingService cobuildings, MembershipService memberships) {
        this.cobuildings = cobuildings;
        this.memberships = memberships;
    }

    @GetMapping("/cobuildings")
    PageResponse<CobuildingSummary> mine(MemberCaller caller) {
        return cobuildings.mine(caller.userId());
    }

    @GetMapping("/cobuildings/{id}")
    CobuildingView get(MemberCaller caller, @PathVariable long id) {
        return cobuildings.memberView(caller.userId(), id);
    }

    @PostMapping("/invitations/join")
    JoinResult join(MemberCaller caller, @Valid @RequestBody MembershipRequests.Join request) {
        return memberships.join(caller.userId(), request.code());
    }

    @PostMapping("/cobuildings/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    InvitationView invite(MemberCaller caller, @PathVariable long id,
                          @Valid @RequestBody MembershipRequests.CreateInvitation request) {
        return memberships.createInvitation(caller.userId(), id, request);
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
    MembershipService.MiniProgramCode wxaCode(MemberCaller caller, @PathVariable long id,
                                              @PathVariable long invitationId) {
        return memberships.invitationCode(caller.userId(), id, invitationId);
    }

    @DeleteMapping("/cobuildings/{id}/members/{userId}")
    ResponseEntity<Void> remove(MemberCaller caller, @PathVariable long id, @PathVariable long userId) {
        memberships.removeMember(caller.userId(), id, userId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/cobuildings/{id}/units/{unitId}/liaison")
    CobuildingView handLiaison(MemberCaller caller, @PathVariable long id, @PathVariable long unitId,
                               @Valid @RequestBody MembershipRequests.HandLiaison request) {
        return memberships.handLiaison(caller.userId(), id, unitId, Long.parseLong(request.userId()));
    }
}
