package cn.xianfeng.goal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** An item of the 八有 checklist (e.g. 有固定活动场所): data the bureau keeps, retired rather than deleted. */
@TableName("checklist_item")
class ChecklistItem {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String name;
    private String description;
    private Integer position;
    private Boolean retired;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    Integer getPosition() {
        return position;
    }

    void setPosition(Integer position) {
        this.position = position;
    }

    Boolean getRetired() {
        return retired;
    }

    void setRetired(Boolean retired) {
        this.retired = retired;
    }
}
