package cn.xianfeng.goal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface GoalMapper extends BaseMapper<Goal> {

    default Goal findByClient(long cobuildingId, String clientId) {
        return selectOne(Wrappers.<Goal>lambdaQuery().eq(Goal::getCobuildingId, cobuildingId)
                .eq(Goal::getClientId, clientId));
    }

    /** Of the co-building's goals, the ids of the draft goals they were made from. */
    default List<Long> listDraftGoalIds(long cobuildingId) {
        return selectList(Wrappers.<Goal>lambdaQuery().eq(Goal::getCobuildingId, cobuildingId)
                .isNotNull(Goal::getDraftGoalId).select(Goal::getDraftGoalId)).stream()
                .map(Goal::getDraftGoalId).toList();
    }

    default Goal lockById(long id) {
        return selectOne(Wrappers.<Goal>lambdaQuery().eq(Goal::getId, id).last("FOR UPDATE"));
    }

    /** The goals of one stage in category order (the enum's, as the views list them, is done in Java), then id. */
    default List<Goal> listByStage(long cobuildingId, int stage) {
        return selectList(Wrappers.<Goal>lambdaQuery().eq(Goal::getCobuildingId, cobuildingId)
                .eq(Goal::getStage, stage).orderByAsc(Goal::getId));
    }

    /** The co-building's current stage: its highest goal stage, 1 when it has no goals. */
    default int currentStage(long cobuildingId) {
        Goal top = selectOne(Wrappers.<Goal>lambdaQuery().eq(Goal::getCobuildingId, cobuildingId)
                .select(Goal::getStage).orderByDesc(Goal::getStage).last("LIMIT 1"));
        return top == null ? 1 : top.getStage();
    }

    /** The stages that have goals, in order. */
    default List<Integer> listStages(long cobuildingId) {
        return selectObjs(Wrappers.<Goal>lambdaQuery().eq(Goal::getCobuildingId, cobuildingId)
                .select(Goal::getStage).groupBy(Goal::getStage).orderByAsc(Goal::getStage)).stream()
                .map(o -> ((Number) o).intValue()).toList();
    }

    /**
     * Every editable column written as given: updateById would skip the nulls, and a description, target or date may
     * be cleared.
     */
    default void applyChange(Goal g) {
        update(Wrappers.<Goal>lambdaUpdate().set(Goal::getTitle, g.getTitle())
                .set(Goal::getDescription, g.getDescription()).set(Goal::getTargetText, g.getTargetText())
                .set(Goal::getTargetAmount, g.getTargetAmount()).set(Goal::getTargetUnit, g.getTargetUnit())
                .set(Goal::getTargetDate, g.getTargetDate()).set(Goal::getStatus, g.getStatus())
                .eq(Goal::getId, g.getId()));
    }
}
