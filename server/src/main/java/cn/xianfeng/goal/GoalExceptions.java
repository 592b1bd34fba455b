package cn.xianfeng.goal;

import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.NotFoundException;

/** The goal feature's business errors, one type each. */
final class GoalExceptions {

    private GoalExceptions() {
    }

    static final class CobuildingNotFound extends NotFoundException {
        CobuildingNotFound() {
            super("COBUILDING_NOT_FOUND", "先锋号不存在");
        }
    }

    static final class GoalNotFound extends NotFoundException {
        GoalNotFound() {
            super("GOAL_NOT_FOUND", "目标不存在");
        }
    }

    static final class TaskNotFound extends NotFoundException {
        TaskNotFound() {
            super("TASK_NOT_FOUND", "任务不存在");
        }
    }

    static final class ProgressNotFound extends NotFoundException {
        ProgressNotFound() {
            super("PROGRESS_NOT_FOUND", "进展不存在");
        }
    }

    static final class CobuildingClosed extends ConflictException {
        CobuildingClosed() {
            super("COBUILDING_CLOSED", "该先锋号已退出或摘牌，不能再修改目标和任务");
        }
    }

    static final class GoalHasProgress extends ConflictException {
        GoalHasProgress() {
            super("GOAL_HAS_PROGRESS", "该目标下已有进展，不能删除，可改为已放弃");
        }
    }

    static final class TaskHasProgress extends ConflictException {
        TaskHasProgress() {
            super("TASK_HAS_PROGRESS", "该任务已有进展，不能删除");
        }
    }

    static final class ProgressBackwards extends ConflictException {
        ProgressBackwards() {
            super("PROGRESS_BACKWARDS", "进度不能低于当前进度；如需更正，请科技党建先锋提交更正");
        }
    }

    static final class TaskDone extends ConflictException {
        TaskDone() {
            super("TASK_DONE", "任务已完成，不能再提交进展");
        }
    }
}
