package cn.xianfeng.admin;

import static cn.xianfeng.admin.AdminRole.BUREAU_ADMIN;
import static cn.xianfeng.admin.AdminRole.EVALUATOR;
import static cn.xianfeng.admin.AdminRole.LIAISON;
import static cn.xianfeng.admin.AdminRole.SUPER_ADMIN;
import static cn.xianfeng.admin.AdminRole.VIEWER;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a bureau admin may do, named once. Each permission says which roles hold it bureau-wide and which hold it only
 * for the co-buildings they are the liaison of; SUPER_ADMIN holds every permission bureau-wide. Features ask
 * {@link AdminAccess#require} for a permission, never for a list of roles.
 */
public enum Permission {

    READ_UNITS(EnumSet.of(BUREAU_ADMIN, EVALUATOR, VIEWER)),
    MANAGE_UNITS(EnumSet.of(BUREAU_ADMIN)),
    READ_APPLICATIONS(EnumSet.of(BUREAU_ADMIN, EVALUATOR, VIEWER)),
    /** Approve, return, reject. */
    REVIEW_APPLICATIONS(EnumSet.of(BUREAU_ADMIN)),
    /** A LIAISON reads the co-buildings assigned to them. */
    READ_COBUILDINGS(EnumSet.of(BUREAU_ADMIN, EVALUATOR, VIEWER), EnumSet.of(LIAISON)),
    /** Assign the bureau liaison, withdraw. */
    MANAGE_COBUILDINGS(EnumSet.of(BUREAU_ADMIN)),
    /** The admin's own conversations, and oversight of the groups (a LIAISON: of their co-buildings). */
    READ_CHATS(EnumSet.of(BUREAU_ADMIN, EVALUATOR, VIEWER), EnumSet.of(LIAISON)),
    /** Speak and recall in a co-building's group (a LIAISON: in the groups of their co-buildings). */
    WRITE_GROUP_CHATS(EnumSet.of(BUREAU_ADMIN), EnumSet.of(LIAISON)),
    /** Activities, check-ins and attendance (a LIAISON: of their co-buildings). */
    READ_ACTIVITIES(EnumSet.of(BUREAU_ADMIN, EVALUATOR, VIEWER), EnumSet.of(LIAISON)),
    /** Create bureau activities, change, cancel, review check-ins and add 补签 (a LIAISON: for their co-buildings). */
    MANAGE_ACTIVITIES(EnumSet.of(BUREAU_ADMIN), EnumSet.of(LIAISON)),
    /** Goals, tasks, progress, the 八有 checklist, stage summaries and highlights (a LIAISON: of their co-buildings). */
    READ_GOALS(EnumSet.of(BUREAU_ADMIN, EVALUATOR, VIEWER), EnumSet.of(LIAISON)),
    /** Confirm or reject a ticked 八有 item (a LIAISON: of their co-buildings). */
    REVIEW_CHECKLIST(EnumSet.of(BUREAU_ADMIN), EnumSet.of(LIAISON)),
    /** The 八有 item list itself. */
    MANAGE_CHECKLIST(EnumSet.of(BUREAU_ADMIN)),
    /** Mark and unmark 亮点. */
    MANAGE_HIGHLIGHTS(EnumSet.of(BUREAU_ADMIN)),
    /** Policy briefings and their reach (targeted, delivered, read, intend to apply); a LIAISON sees them all too. */
    READ_BRIEFINGS(EnumSet.of(BUREAU_ADMIN, EVALUATOR, VIEWER, LIAISON)),
    /** Write, publish, unpublish and correct briefings; remind the unread. */
    MANAGE_BRIEFINGS(EnumSet.of(BUREAU_ADMIN)),
    /** Subscribe-message deliveries and their statistics. */
    READ_PUSH(EnumSet.of(BUREAU_ADMIN, VIEWER)),
    /** Send a failed delivery again. */
    MANAGE_PUSH(EnumSet.of(BUREAU_ADMIN)),
    /** The bureau's statistics: overview, per co-building table, trends, the at-risk list (a LIAISON: of their co-buildings). */
    READ_STATS(EnumSet.of(BUREAU_ADMIN, EVALUATOR, VIEWER), EnumSet.of(LIAISON)),
    /** Evaluation rounds: their criteria, snapshots, scores, verdicts and progress. */
    READ_EVALUATIONS(EnumSet.of(BUREAU_ADMIN, EVALUATOR, VIEWER)),
    /** Score the co-buildings of an open round. */
    SCORE_EVALUATIONS(EnumSet.of(BUREAU_ADMIN, EVALUATOR)),
    /** Create rounds, edit their criteria, open them, set verdicts and close them (which applies the verdicts). */
    MANAGE_EVALUATIONS(EnumSet.of(BUREAU_ADMIN)),
    /** Rectifications ordered by a round and the reports the co-buildings submit (a LIAISON: of their co-buildings). */
    READ_RECTIFICATIONS(EnumSet.of(BUREAU_ADMIN, EVALUATOR, VIEWER), EnumSet.of(LIAISON)),
    /** Re-check a rectification: pass (the plaque comes back) or fail (摘牌). */
    REVIEW_RECTIFICATIONS(EnumSet.of(BUREAU_ADMIN)),
    END_MEMBER_SESSIONS(EnumSet.of(BUREAU_ADMIN)),
    READ_AUDIT_LOG(EnumSet.of(BUREAU_ADMIN)),
    MANAGE_ADMIN_ACCOUNTS(EnumSet.noneOf(AdminRole.class));

    /** How far a permission reaches for the roles someone holds. */
    enum Reach {
        NONE,
        /** Only the co-buildings whose bureau liaison the admin is. */
        OWN_COBUILDINGS,
        ALL
    }

    private final Set<AdminRole> bureauWide;
    private final Set<AdminRole> ownCobuildings;

    Permission(Set<AdminRole> bureauWide) {
        this(bureauWide, EnumSet.noneOf(AdminRole.class));
    }

    Permission(Set<AdminRole> bureauWide, Set<AdminRole> ownCobuildings) {
        bureauWide.add(SUPER_ADMIN);
        this.bureauWide = Collections.unmodifiableSet(bureauWide);
        this.ownCobuildings = Collections.unmodifiableSet(ownCobuildings);
    }

    /** The one rule: the widest reach any held role gives. */
    Reach reachOf(Set<AdminRole> held) {
        if (held.stream().anyMatch(bureauWide::contains)) {
            return Reach.ALL;
        }
        if (held.stream().anyMatch(ownCobuildings::contains)) {
            return Reach.OWN_COBUILDINGS;
        }
        return Reach.NONE;
    }
}
