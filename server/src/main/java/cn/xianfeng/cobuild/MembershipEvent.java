package cn.xianfeng.cobuild;

/** What happened to a person's membership, as its history records it. */
public enum MembershipEvent {
    /** Came in with an invitation (the first time, or back after a removal with an invitation made since). */
    JOINED,
    /** The pioneer removed them; old invitations no longer let them back. */
    REMOVED,
    /** The pioneer let a removed person back in. */
    READMITTED
}
