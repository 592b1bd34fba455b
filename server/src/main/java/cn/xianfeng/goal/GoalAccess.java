package cn.xianfeng.goal;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AdminScope;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.cobuild.MemberRole;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a co-building's goals: its active members read (others get 404, so that they do not learn it
 * exists), the pioneer plans, and nobody writes once it is withdrawn or delisted. Admins read with READ_GOALS, a
 * LIAISON only the co-buildings assigned to them.
 */
@Component
class GoalAccess {

    private final CobuildingDirectory cobuildings;
    private final AdminAccess admins;

    GoalAccess(CobuildingDirectory cobuildings, AdminAccess admins) {
        this.cobuildings = cobuildings;
        this.admins = admins;
    }

    /** The caller's role in the co-building; 404 COBUILDING_NOT_FOUND if they are not an active member. */
    MemberRole member(long cobuildingId, long userId) {
        return cobuildings.activeRole(cobuildingId, userId).orElseThrow(GoalExceptions.CobuildingNotFound::new);
    }

    /** The caller's role, or null when they are not an active member. */
    MemberRole roleOf(long cobuildingId, long userId) {
        return cobuildings.activeRole(cobuildingId, userId).orElse(null);
    }

    /** 404 for non-members, 403 for members who are not the pioneer. */
    void pioneer(long cobuildingId, long userId) {
        if (member(cobuildingId, userId) != MemberRole.PIONEER) {
            throw new ForbiddenException("只有科技党建先锋可以进行此操作");
        }
    }

    /** 409 COBUILDING_CLOSED when the co-building is withdrawn or delisted. */
    void open(long cobuildingId) {
        if (!isOpen(cobuildingId)) {
            throw new GoalExceptions.CobuildingClosed();
        }
    }

    boolean isOpen(long cobuildingId) {
        return cobuildings.find(cobuildingId).map(c -> !c.status().closed()).orElse(false);
    }

    /** READ_GOALS on this co-building (403 without it); 404 when it does not exist or is not the LIAISON's. */
    void adminReads(AdminCaller caller, long cobuildingId) {
        if (!adminMayRead(caller, cobuildingId)) {
            throw new GoalExceptions.CobuildingNotFound();
        }
    }

    /**
     * Whether the admin may read this co-building's goals: 403 without READ_GOALS; false when it does not exist or a
     * LIAISON's scope does not reach it (the caller then answers the 404 of the thing asked for).
     */
    boolean adminMayRead(AdminCaller caller, long cobuildingId) {
        AdminScope scope = admins.require(caller, Permission.READ_GOALS);
        CobuildingInfo cobuilding = cobuildings.find(cobuildingId).orElse(null);
        return cobuilding != null && scope.reaches(cobuilding.bureauLiaisonId());
    }
}
