package cn.xianfeng.briefing;

import java.util.List;

/** A briefing's published versions, newest first. */
public record BriefingVersionList(List<BriefingVersionView> items) {
}
