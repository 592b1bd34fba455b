package cn.xianfeng.goal;

import cn.xianfeng.shared.security.MemberCaller;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A co-building's 八有 checklist for its members. */
@RestController
@RequestMapping("/api/mp/cobuildings/{cobuildingId}/checklist")
class MpChecklistController {

    private final ChecklistService checklist;

    MpChecklistController(ChecklistService checklist) {
        this.checklist = checklist;
    }

    @GetMapping
    ChecklistView view(MemberCaller caller, @PathVariable long cobuildingId) {
        return checklist.view(caller.userId(), cobuildingId);
    }

    @PutMapping("/{itemId}")
    ChecklistEntry tick(MemberCaller caller, @PathVariable long cobuildingId, @PathVariable long itemId,
                        @Valid @RequestBody TickChecklistRequest request) {
        return checklist.tick(caller.userId(), cobuildingId, itemId, request);
    }

    @DeleteMapping("/{itemId}")
    ResponseEntity<Void> withdraw(MemberCaller caller, @PathVariable long cobuildingId, @PathVariable long itemId) {
        checklist.withdraw(caller.userId(), cobuildingId, itemId);
        return ResponseEntity.noContent().build();
    }
}
