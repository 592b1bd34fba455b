package cn.xianfeng.briefing;

import java.util.List;

/**
 * The policy assistant's answer to a question: {@code matched} false when no briefing the member may see answers it
 * ({@code text} then says so plainly and offers forwarding the question to the bureau liaison; no sources).
 */
public record AssistantAnswer(boolean matched, String text, List<AssistantSource> sources) {
}
