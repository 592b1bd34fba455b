package cn.xianfeng.cobuild;

import cn.xianfeng.admin.AdminScope;
import java.util.Collection;
import java.util.Set;

/**
 * Which co-buildings the bureau's list shows: those within the caller's scope, narrowed by the optional filters of
 * the request ({@code status} and {@code liaisonVacant} null when not asked for).
 */
record CobuildingFilter(AdminScope scope, CobuildingStatus status, LeadUnits leadUnits, Boolean liaisonVacant) {

    /** Any lead unit, or only those among {@code ids}: none at all when a unit type has no unit yet. */
    record LeadUnits(boolean any, Set<Long> ids) {

        static final LeadUnits ANY = new LeadUnits(true, Set.of());

        static LeadUnits among(Collection<Long> ids) {
            return new LeadUnits(false, Set.copyOf(ids));
        }
    }
}
