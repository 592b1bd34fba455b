package cn.xianfeng.wechat.simulator;

import java.time.Instant;
import java.util.Map;

/** One call the simulator received, kept so a developer can see what the server sent to "WeChat". */
public record SimulatorRecord(long seq, Instant at, String api, Map<String, Object> request, Map<String, Object> response) {
}
