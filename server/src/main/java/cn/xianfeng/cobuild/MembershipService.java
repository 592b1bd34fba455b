package cn.xianfeng.cobuild;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.org.UnitDirectory;
import cn.xianfeng.org.UnitInfo;
import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.ForbiddenException;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import cn.xianfeng.shared.web.RuleViolationException;
import cn.xianfeng.wechat.WeChat;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Who is in a co-building: invitations, joining, removing, and handing on the unit-liaison role. */
@Service
class MembershipService {

    /** No 0/O, 1/I: codes are read aloud and typed from paper. */
    static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 8;
    static final String JOIN_PAGE = "packages/cobuilding/join";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CobuildingMapper cobuildings;
    private final CobuildingUnitMapper cobuildingUnits;
    private final MembershipMapper memberships;
    private final InvitationMapper invitations;
    private final InvitationChecks checks;
    private final MembershipHistoryMapper history;
    private final CobuildingViews views;
    private final UnitDirectory units;
    private final WeChat weChat;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MembershipService(CobuildingMapper cobuildings, CobuildingUnitMapper cobuildingUnits,
                      MembershipMapper memberships, InvitationMapper invitations, InvitationChecks checks,
                      MembershipHistoryMapper history, CobuildingViews views, UnitDirectory units, WeChat weChat,
                      TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
        this.cobuildings = cobuildings;
        this.cobuildingUnits = cobuildingUnits;
        this.memberships = memberships;
        this.invitations = invitations;
        this.checks = checks;
        this.history = history;
        this.views = views;
        this.units = units;
        this.weChat = weChat;
        this.transaction = transaction;
        this.clock = clock;
        this.events = events;
    }

    // --- joining ----------------------------------------------------------------------------------------------

    /**
     * Joins with an invitation code. Joining twice answers with the existing membership and uses nothing up; two
     * joins racing each other end in one membership (the unique key decides, the loser reads the winner's row). A
     * person the pioneer removed comes back only with an invitation created after the removal.
     */
    JoinResult join(long userId, String rawCode) {
        String code = normalizeCode(rawCode);
        return insertOrFind(() -> transaction.execute(status -> joinOnce(userId, code)),
                () -> transaction.execute(status -> joinOnce(userId, code)));
    }

    private JoinResult joinOnce(long userId, String code) {
        Invitation invitation = checks.find(code);
        Cobuilding cobuilding = cobuildings.selectById(invitation.getCobuildingId());
        Membership existing = memberships.findByCobuildingAndUser(cobuilding.getId(), userId);
        if (existing != null && existing.getActive()) {
            return alreadyMember(cobuilding, existing);
        }
        checks.refuseUnusable(invitation, cobuilding, existing);
        Instant now = clock.instant();
        if (invitations.takeUse(invitation.getId()) == 0) {
            throw InvitationUnusableException.usedUp();
        }
        Membership membership = existing != null ? existing : new Membership();
        membership.setCobuildingId(cobuilding.getId());
        membership.setUserId(userId);
        membership.setUnitId(invitation.getUnitId());
        membership.setRole(invitation.getRole());
        membership.setActive(true);
        membership.setJoinedAt(now);
        membership.setRemovedAt(null);
        try {
            if (existing != null) {
                // A removed member invited back: the same row comes alive again.
                memberships.comeBack(membership.getId(), membership.getUnitId(), membership.getRole(), now);
            } else {
                memberships.insert(membership);
            }
        } catch (DuplicateKeyException e) {
            if (invitation.getRole() == MemberRole.UNIT_LIAISON && memberships.findByCobuildingAndUser(cobuilding.getId(), userId) == null) {
                throw new ConflictException("UNIT_LIAISON_TAKEN", "该单位已有共建联络员");
            }
            throw e;
        }
        history.insert(MembershipHistory.of(membership, MembershipEvent.JOINED, userId, invitation.getId()));
        events.publishEvent(joinedEvent(membership));
        return joined(cobuilding, membership);
    }

    private MemberJoined joinedEvent(Membership membership) {
        return new MemberJoined(membership.getCobuildingId(), membership.getUserId(), membership.getUnitId(),
                units.find(membership.getUnitId()).map(UnitInfo::type).orElse(null));
    }

    private JoinResult joined(Cobuilding cobuilding, Membership membership) {
        return new JoinResult(String.valueOf(cobuilding.getId()), cobuilding.getName(), membership.getRole(),
                String.valueOf(membership.getUnitId()), unitName(membership), false);
    }

    /** A second join with any code of a co-building one already belongs to changes nothing. */
    private JoinResult alreadyMember(Cobuilding cobuilding, Membership membership) {
        return new JoinResult(String.valueOf(cobuilding.getId()), cobuilding.getName(), membership.getRole(),
                String.valueOf(membership.getUnitId()), unitName(membership), true);
    }

    private String unitName(Membership membership) {
        return units.find(membership.getUnitId()).map(UnitInfo::name).orElse(null);
    }

    // --- the pioneer's tools ------------------------------------------------------------------------------------

    /**
     * Creates an invitation, or, when this pioneer already made one with the request's {@code clientId} (a retry
     * after a lost answer), returns that one with {@code created} false.
     */
    CreatedInvitation createInvitation(long userId, long cobuildingId, MembershipRequests.CreateInvitation request) {
        String clientId = request.clientId() == null || request.clientId().isBlank() ? null : request.clientId();
        // The same create, retried while the first was still running: the first one's invitation is the answer.
        return insertOrFind(
                () -> transaction.execute(status -> createInvitationOnce(userId, cobuildingId, clientId, request)),
                () -> clientId == null ? null
                        : transaction.execute(status -> createInvitationOnce(userId, cobuildingId, clientId, request)));
    }

    record CreatedInvitation(InvitationView view, boolean created) {
    }

    private CreatedInvitation createInvitationOnce(long userId, long cobuildingId, String clientId,
                                                   MembershipRequests.CreateInvitation request) {
        Cobuilding cobuilding = openAsPioneer(userId, cobuildingId);
        if (clientId != null) {
            Invitation earlier = invitations.findByClientId(cobuildingId, userId, clientId);
            if (earlier != null) {
                return new CreatedInvitation(InvitationView.of(earlier, unitName(earlier.getUnitId()),
                        clock.instant()), false);
            }
        }
        long unitId = Long.parseLong(request.unitId());
        CobuildingUnit unit = cobuildingUnits.findByCobuildingAndUnit(cobuildingId, unitId);
        if (unit == null || unit.getLeftAt() != null) {
            throw new RuleViolationException("UNIT_NOT_IN_COBUILDING", "该单位不在本先锋号中",
                    Map.of("unitId", "请选择本先锋号的单位"));
        }
        if (request.role() == MemberRole.PIONEER) {
            throw new RuleViolationException("VALIDATION_FAILED", "科技党建先锋只有一位，不能邀请",
                    Map.of("role", "只能邀请共建联络员或成员"));
        }
        if (request.role() == MemberRole.UNIT_LIAISON && unit.getRole() != UnitRole.PARTNER) {
            throw new RuleViolationException("LIAISON_ONLY_FOR_PARTNER", "共建联络员只能来自共建单位",
                    Map.of("unitId", "请选择共建单位"));
        }
        Instant now = clock.instant();
        Invitation invitation = new Invitation();
        invitation.setCobuildingId(cobuilding.getId());
        invitation.setRole(request.role());
        invitation.setUnitId(unitId);
        invitation.setExpiresAt(now.plus(Duration.ofDays(request.validDays() == null ? 7 : request.validDays())));
        // A unit has one liaison: a liaison invitation admits one person, whatever was asked.
        invitation.setMaxUses(request.role() == MemberRole.UNIT_LIAISON || request.maxUses() == null
                ? 1 : request.maxUses());
        invitation.setUses(0);
        invitation.setRevoked(false);
        invitation.setCreatedBy(userId);
        invitation.setClientId(clientId);
        insertWithFreshCode(invitation);
        return new CreatedInvitation(InvitationView.of(invitation, unitName(unitId), now), true);
    }

    PageResponse<InvitationView> invitations(long userId, long cobuildingId, PageQuery query) {
        asPioneer(userId, cobuildingId);
        Page<Invitation> page = invitations.pageByCobuilding(cobuildingId, query.toPage());
        Map<Long, UnitInfo> unitInfo = units.findAll(page.getRecords().stream()
                .map(Invitation::getUnitId).distinct().toList());
        Instant now = clock.instant();
        return PageResponse.of(page, inv -> InvitationView.of(inv,
                unitInfo.containsKey(inv.getUnitId()) ? unitInfo.get(inv.getUnitId()).name() : null, now));
    }

    @Transactional
    void revokeInvitation(long userId, long cobuildingId, long invitationId) {
        openAsPioneer(userId, cobuildingId);
        invitations.revoke(invitationOf(cobuildingId, invitationId).getId());
    }

    /** The mini-program code for an invitation, as a data URL an {@code <image>} can show without headers. */
    MiniProgramCode invitationCode(long userId, long cobuildingId, long invitationId) {
        String code = transaction.execute(status -> {
            openAsPioneer(userId, cobuildingId);
            return invitationOf(cobuildingId, invitationId).getCode();
        });
        String scene = "inv=" + code;
        byte[] png = weChat.miniProgramCode(scene, JOIN_PAGE);
        return new MiniProgramCode("data:image/png;base64," + Base64.getEncoder().encodeToString(png), scene,
                JOIN_PAGE);
    }

    @Transactional
    void removeMember(long userId, long cobuildingId, long memberUserId) {
        openAsPioneer(userId, cobuildingId);
        Membership target = memberships.findByCobuildingAndUser(cobuildingId, memberUserId);
        if (target == null || !target.getActive()) {
            throw new NotFoundException("成员不存在");
        }
        if (target.getRole() == MemberRole.PIONEER) {
            throw new ConflictException("CANNOT_REMOVE_PIONEER", "科技党建先锋不能被移除");
        }
        memberships.markRemoved(target.getId());
        history.insert(MembershipHistory.of(target, MembershipEvent.REMOVED, userId, null));
    }

    /**
     * Lets a removed person back in, as a member of the unit they were in (a unit liaison comes back as a member:
     * the unit may have a new one). Re-admitting someone who is in already changes nothing.
     */
    @Transactional
    CobuildingView readmit(long userId, long cobuildingId, long memberUserId) {
        Cobuilding cobuilding = openAsPioneer(userId, cobuildingId);
        Membership target = memberships.findByCobuildingAndUser(cobuildingId, memberUserId);
        if (target == null) {
            throw new NotFoundException("成员不存在");
        }
        if (!target.getActive()) {
            CobuildingUnit unit = cobuildingUnits.findByCobuildingAndUnit(cobuildingId, target.getUnitId());
            if (unit == null || unit.getLeftAt() != null) {
                throw new RuleViolationException("UNIT_NOT_IN_COBUILDING", "该成员所在单位已不在本先锋号中", Map.of());
            }
            Instant now = clock.instant();
            target.setRole(target.getRole() == MemberRole.UNIT_LIAISON ? MemberRole.MEMBER : target.getRole());
            memberships.comeBack(target.getId(), target.getUnitId(), target.getRole(), now);
            history.insert(MembershipHistory.of(target, MembershipEvent.READMITTED, userId, null));
            events.publishEvent(joinedEvent(target));
        }
        return views.memberView(cobuilding, MemberRole.PIONEER);
    }

    /** Who came and went, newest first; {@code memberUserId} null for everyone. */
    PageResponse<MembershipHistorySummary> history(long userId, long cobuildingId, Long memberUserId, PageQuery query) {
        asPioneer(userId, cobuildingId);
        return PageResponse.of(history.pageByCobuilding(cobuildingId, memberUserId, query.toPage()),
                MembershipHistorySummary::of);
    }

    /** Hands the unit-liaison role of a partner unit to another member of that unit; the old liaison stays a member. */
    @Transactional
    CobuildingView handLiaison(long userId, long cobuildingId, long unitId, long newLiaisonUserId) {
        Cobuilding cobuilding = openAsPioneer(userId, cobuildingId);
        CobuildingUnit unit = cobuildingUnits.findByCobuildingAndUnit(cobuildingId, unitId);
        if (unit == null || unit.getLeftAt() != null) {
            throw new NotFoundException("该单位不在本先锋号中");
        }
        if (unit.getRole() != UnitRole.PARTNER) {
            throw new RuleViolationException("LIAISON_ONLY_FOR_PARTNER", "共建联络员只能来自共建单位", Map.of());
        }
        Membership next = memberships.findByCobuildingAndUser(cobuildingId, newLiaisonUserId);
        if (next == null || !next.getActive() || next.getUnitId() != unitId || next.getRole() == MemberRole.PIONEER) {
            throw new RuleViolationException("NOT_A_MEMBER_OF_UNIT", "只能交给该单位的成员",
                    Map.of("userId", "请选择该单位的成员"));
        }
        // Two hand-overs of one unit queue on the co-building's row lock (openAsPioneer), so the second reads the
        // liaison the first one made.
        Membership current = memberships.findActiveLiaison(cobuildingId, unitId);
        if (current != null && !current.getId().equals(next.getId())) {
            // Demote first: the one-liaison-per-unit key is checked per statement.
            memberships.setRole(current.getId(), MemberRole.MEMBER);
        }
        try {
            memberships.setRole(next.getId(), MemberRole.UNIT_LIAISON);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("UNIT_LIAISON_TAKEN", "该单位已有共建联络员");
        }
        return views.memberView(cobuilding, MemberRole.PIONEER);
    }

    // --- internals --------------------------------------------------------------------------------------------

    /**
     * For the pioneer's changes: the co-building's row is locked first, before anything is read, so the pioneer's
     * changes to one co-building queue (two hand-overs, a hand-over and a removal), each reading what the one before
     * committed, and none slips past the bureau withdrawing it.
     */
    private Cobuilding openAsPioneer(long userId, long cobuildingId) {
        Cobuilding cobuilding = cobuildings.lockById(cobuildingId);
        Membership membership = memberships.findByCobuildingAndUser(cobuildingId, userId);
        checkPioneer(membership, cobuilding);
        if (cobuilding.getStatus().closed()) {
            throw new CobuildingClosedException();
        }
        return cobuilding;
    }

    /** Non-members get 404 (they may not know it exists); members who are not the pioneer get 403. */
    private Cobuilding asPioneer(long userId, long cobuildingId) {
        Membership membership = memberships.findByCobuildingAndUser(cobuildingId, userId);
        Cobuilding cobuilding = cobuildings.selectById(cobuildingId);
        checkPioneer(membership, cobuilding);
        return cobuilding;
    }

    private static void checkPioneer(Membership membership, Cobuilding cobuilding) {
        if (membership == null || !membership.getActive() || cobuilding == null) {
            throw new NotFoundException("先锋号不存在");
        }
        if (membership.getRole() != MemberRole.PIONEER) {
            throw new ForbiddenException("只有科技党建先锋可以管理成员和邀请");
        }
    }

    private Invitation invitationOf(long cobuildingId, long invitationId) {
        Invitation invitation = invitations.selectById(invitationId);
        if (invitation == null || invitation.getCobuildingId() != cobuildingId) {
            throw new NotFoundException("邀请不存在");
        }
        return invitation;
    }

    private void insertWithFreshCode(Invitation invitation) {
        for (int attempt = 0; ; attempt++) {
            invitation.setCode(randomCode());
            if (invitations.findByCode(invitation.getCode()) == null || attempt >= 5) {
                // 32^8 codes: a clash is vanishingly rare, and the unique key still has the last word.
                invitations.insert(invitation);
                return;
            }
        }
    }

    private String unitName(long unitId) {
        return units.find(unitId).map(UnitInfo::name).orElse(null);
    }

    static String normalizeCode(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.startsWith("INV=")) {
            code = code.substring(4);
        }
        return code.length() == CODE_LENGTH ? code : null;
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
