(define (problem plan_trial_T2605_train_014)
(:domain alfred)
(:objects
agent1 - agent
BedType - rtype
DeskType - rtype
DrawerType - rtype
DresserType - rtype
GarbageCanType - rtype
ShelfType - rtype
SideTableType - rtype
CDType - otype
CellPhoneType - otype
DeskLampType - otype
PenType - otype
PencilType - otype
RemoteControlType - otype
StatueType - otype
VaseType - otype
DeskLamp_bar__minus_00_dot_93_bar__plus_01_dot_42_bar__minus_00_dot_42 - object
Pencil_bar__minus_02_dot_40_bar__minus_00_dot_28_bar__plus_00_dot_20 - object
Vase_bar__plus_01_dot_01_bar__minus_01_dot_97_bar__plus_00_dot_74 - object
Pen_bar__minus_02_dot_56_bar__plus_02_dot_36_bar__minus_02_dot_14 - object
RemoteControl_bar__plus_02_dot_56_bar__minus_01_dot_12_bar__plus_00_dot_73 - object
Statue_bar__plus_02_dot_21_bar__minus_00_dot_11_bar__plus_01_dot_23 - object
CD_bar__plus_02_dot_03_bar__minus_02_dot_05_bar__plus_00_dot_66 - object
CellPhone_bar__minus_02_dot_49_bar__minus_02_dot_30_bar__minus_01_dot_06 - object
Bed_bar__minus_00_dot_19_bar__minus_02_dot_72_bar__minus_02_dot_32 - receptacle
Shelf_bar__plus_01_dot_31_bar__plus_01_dot_65_bar__minus_01_dot_54 - receptacle
SideTable_bar__plus_02_dot_32_bar__plus_01_dot_46_bar__plus_02_dot_44 - receptacle
Drawer_bar__plus_00_dot_26_bar__plus_02_dot_01_bar__plus_02_dot_19 - receptacle
Drawer_bar__plus_00_dot_09_bar__minus_00_dot_79_bar__minus_02_dot_68 - receptacle
Desk_bar__minus_01_dot_77_bar__minus_02_dot_34_bar__minus_01_dot_89 - receptacle
SideTable_bar__plus_01_dot_23_bar__plus_01_dot_55_bar__minus_00_dot_52 - receptacle
Shelf_bar__minus_01_dot_95_bar__minus_02_dot_45_bar__plus_02_dot_60 - receptacle
Dresser_bar__minus_01_dot_14_bar__plus_02_dot_12_bar__minus_00_dot_35 - receptacle
GarbageCan_bar__minus_00_dot_51_bar__plus_00_dot_84_bar__minus_02_dot_40 - receptacle
loc_bar_0_bar__minus_5_bar_1_bar_60 - location
loc_bar_0_bar__minus_7_bar_3_bar__minus_30 - location
loc_bar_12_bar_11_bar_0_bar_0 - location
loc_bar_4_bar__minus_4_bar_0_bar_45 - location
loc_bar_4_bar__minus_7_bar_2_bar_60 - location
loc_bar_5_bar__minus_9_bar_2_bar__minus_30 - location
loc_bar_7_bar_5_bar_0_bar_0 - location
loc_bar_7_bar__minus_9_bar_2_bar_0 - location
loc_bar__minus_4_bar__minus_5_bar_2_bar_45 - location
loc_bar__minus_7_bar_1_bar_1_bar__minus_30 - location
loc_bar__minus_8_bar__minus_8_bar_3_bar_0 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_11_bar_0_bar_0)
(receptacleType Bed_bar__minus_00_dot_19_bar__minus_02_dot_72_bar__minus_02_dot_32 BedType)
(receptacleAtLocation Bed_bar__minus_00_dot_19_bar__minus_02_dot_72_bar__minus_02_dot_32 loc_bar_0_bar__minus_5_bar_1_bar_60)
(receptacleType Shelf_bar__plus_01_dot_31_bar__plus_01_dot_65_bar__minus_01_dot_54 ShelfType)
(receptacleAtLocation Shelf_bar__plus_01_dot_31_bar__plus_01_dot_65_bar__minus_01_dot_54 loc_bar_5_bar__minus_9_bar_2_bar__minus_30)
(receptacleType SideTable_bar__plus_02_dot_32_bar__plus_01_dot_46_bar__plus_02_dot_44 SideTableType)
(receptacleAtLocation SideTable_bar__plus_02_dot_32_bar__plus_01_dot_46_bar__plus_02_dot_44 loc_bar_7_bar_5_bar_0_bar_0)
(receptacleType Drawer_bar__plus_00_dot_26_bar__plus_02_dot_01_bar__plus_02_dot_19 DrawerType)
(receptacleAtLocation Drawer_bar__plus_00_dot_26_bar__plus_02_dot_01_bar__plus_02_dot_19 loc_bar_0_bar__minus_7_bar_3_bar__minus_30)
(openable Drawer_bar__plus_00_dot_26_bar__plus_02_dot_01_bar__plus_02_dot_19)
(receptacleType Drawer_bar__plus_00_dot_09_bar__minus_00_dot_79_bar__minus_02_dot_68 DrawerType)
(receptacleAtLocation Drawer_bar__plus_00_dot_09_bar__minus_00_dot_79_bar__minus_02_dot_68 loc_bar_7_bar__minus_9_bar_2_bar_0)
(openable Drawer_bar__plus_00_dot_09_bar__minus_00_dot_79_bar__minus_02_dot_68)
(receptacleType Desk_bar__minus_01_dot_77_bar__minus_02_dot_34_bar__minus_01_dot_89 DeskType)
(receptacleAtLocation Desk_bar__minus_01_dot_77_bar__minus_02_dot_34_bar__minus_01_dot_89 loc_bar__minus_7_bar_1_bar_1_bar__minus_30)
(receptacleType SideTable_bar__plus_01_dot_23_bar__plus_01_dot_55_bar__minus_00_dot_52 SideTableType)
(receptacleAtLocation SideTable_bar__plus_01_dot_23_bar__plus_01_dot_55_bar__minus_00_dot_52 loc_bar__minus_8_bar__minus_8_bar_3_bar_0)
(receptacleType Shelf_bar__minus_01_dot_95_bar__minus_02_dot_45_bar__plus_02_dot_60 ShelfType)
(receptacleAtLocation Shelf_bar__minus_01_dot_95_bar__minus_02_dot_45_bar__plus_02_dot_60 loc_bar__minus_4_bar__minus_5_bar_2_bar_45)
(receptacleType Dresser_bar__minus_01_dot_14_bar__plus_02_dot_12_bar__minus_00_dot_35 DresserType)
(receptacleAtLocation Dresser_bar__minus_01_dot_14_bar__plus_02_dot_12_bar__minus_00_dot_35 loc_bar_4_bar__minus_7_bar_2_bar_60)
(receptacleType GarbageCan_bar__minus_00_dot_51_bar__plus_00_dot_84_bar__minus_02_dot_40 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_00_dot_51_bar__plus_00_dot_84_bar__minus_02_dot_40 loc_bar_4_bar__minus_4_bar_0_bar_45)
(canContain BedType CellPhoneType)
(canContain DeskType CDType)
(canContain DeskType CellPhoneType)
(canContain DeskType PenType)
(canContain DeskType PencilType)
(canContain DeskType RemoteControlType)
(canContain DeskType StatueType)
(canContain DeskType VaseType)
(canContain DrawerType CDType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType PenType)
(canContain DrawerType PencilType)
(canContain DrawerType RemoteControlType)
(canContain DresserType CDType)
(canContain DresserType CellPhoneType)
(canContain DresserType PenType)
(canContain DresserType PencilType)
(canContain DresserType RemoteControlType)
(canContain DresserType StatueType)
(canContain DresserType VaseType)
(canContain GarbageCanType CDType)
(canContain GarbageCanType PenType)
(canContain GarbageCanType PencilType)
(canContain ShelfType CDType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType PenType)
(canContain ShelfType PencilType)
(canContain ShelfType RemoteControlType)
(canContain ShelfType StatueType)
(canContain ShelfType VaseType)
(canContain SideTableType CDType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType PenType)
(canContain SideTableType PencilType)
(canContain SideTableType RemoteControlType)
(canContain SideTableType StatueType)
(canContain SideTableType VaseType)
(objectType DeskLamp_bar__minus_00_dot_93_bar__plus_01_dot_42_bar__minus_00_dot_42 DeskLampType)
(inReceptacle DeskLamp_bar__minus_00_dot_93_bar__plus_01_dot_42_bar__minus_00_dot_42 Desk_bar__minus_01_dot_77_bar__minus_02_dot_34_bar__minus_01_dot_89)
(objectAtLocation DeskLamp_bar__minus_00_dot_93_bar__plus_01_dot_42_bar__minus_00_dot_42 loc_bar__minus_7_bar_1_bar_1_bar__minus_30)
(toggleable DeskLamp_bar__minus_00_dot_93_bar__plus_01_dot_42_bar__minus_00_dot_42)
(objectType Pencil_bar__minus_02_dot_40_bar__minus_00_dot_28_bar__plus_00_dot_20 PencilType)
(inReceptacle Pencil_bar__minus_02_dot_40_bar__minus_00_dot_28_bar__plus_00_dot_20 Desk_bar__minus_01_dot_77_bar__minus_02_dot_34_bar__minus_01_dot_89)
(objectAtLocation Pencil_bar__minus_02_dot_40_bar__minus_00_dot_28_bar__plus_00_dot_20 loc_bar__minus_7_bar_1_bar_1_bar__minus_30)
(pickupable Pencil_bar__minus_02_dot_40_bar__minus_00_dot_28_bar__plus_00_dot_20)
(objectType Vase_bar__plus_01_dot_01_bar__minus_01_dot_97_bar__plus_00_dot_74 VaseType)
(inReceptacle Vase_bar__plus_01_dot_01_bar__minus_01_dot_97_bar__plus_00_dot_74 Dresser_bar__minus_01_dot_14_bar__plus_02_dot_12_bar__minus_00_dot_35)
(objectAtLocation Vase_bar__plus_01_dot_01_bar__minus_01_dot_97_bar__plus_00_dot_74 loc_bar_4_bar__minus_7_bar_2_bar_60)
(pickupable Vase_bar__plus_01_dot_01_bar__minus_01_dot_97_bar__plus_00_dot_74)
(objectType Pen_bar__minus_02_dot_56_bar__plus_02_dot_36_bar__minus_02_dot_14 PenType)
(inReceptacle Pen_bar__minus_02_dot_56_bar__plus_02_dot_36_bar__minus_02_dot_14 Desk_bar__minus_01_dot_77_bar__minus_02_dot_34_bar__minus_01_dot_89)
(objectAtLocation Pen_bar__minus_02_dot_56_bar__plus_02_dot_36_bar__minus_02_dot_14 loc_bar__minus_7_bar_1_bar_1_bar__minus_30)
(pickupable Pen_bar__minus_02_dot_56_bar__plus_02_dot_36_bar__minus_02_dot_14)
(objectType RemoteControl_bar__plus_02_dot_56_bar__minus_01_dot_12_bar__plus_00_dot_73 RemoteControlType)
(inReceptacle RemoteControl_bar__plus_02_dot_56_bar__minus_01_dot_12_bar__plus_00_dot_73 Drawer_bar__plus_00_dot_09_bar__minus_00_dot_79_bar__minus_02_dot_68)
(objectAtLocation RemoteControl_bar__plus_02_dot_56_bar__minus_01_dot_12_bar__plus_00_dot_73 loc_bar_7_bar__minus_9_bar_2_bar_0)
(pickupable RemoteControl_bar__plus_02_dot_56_bar__minus_01_dot_12_bar__plus_00_dot_73)
(objectType Statue_bar__plus_02_dot_21_bar__minus_00_dot_11_bar__plus_01_dot_23 StatueType)
(inReceptacle Statue_bar__plus_02_dot_21_bar__minus_00_dot_11_bar__plus_01_dot_23 Dresser_bar__minus_01_dot_14_bar__plus_02_dot_12_bar__minus_00_dot_35)
(objectAtLocation Statue_bar__plus_02_dot_21_bar__minus_00_dot_11_bar__plus_01_dot_23 loc_bar_4_bar__minus_7_bar_2_bar_60)
(pickupable Statue_bar__plus_02_dot_21_bar__minus_00_dot_11_bar__plus_01_dot_23)
(objectType CD_bar__plus_02_dot_03_bar__minus_02_dot_05_bar__plus_00_dot_66 CDType)
(inReceptacle CD_bar__plus_02_dot_03_bar__minus_02_dot_05_bar__plus_00_dot_66 Desk_bar__minus_01_dot_77_bar__minus_02_dot_34_bar__minus_01_dot_89)
(objectAtLocation CD_bar__plus_02_dot_03_bar__minus_02_dot_05_bar__plus_00_dot_66 loc_bar__minus_7_bar_1_bar_1_bar__minus_30)
(pickupable CD_bar__plus_02_dot_03_bar__minus_02_dot_05_bar__plus_00_dot_66)
(objectType CellPhone_bar__minus_02_dot_49_bar__minus_02_dot_30_bar__minus_01_dot_06 CellPhoneType)
(inReceptacle CellPhone_bar__minus_02_dot_49_bar__minus_02_dot_30_bar__minus_01_dot_06 Bed_bar__minus_00_dot_19_bar__minus_02_dot_72_bar__minus_02_dot_32)
(objectAtLocation CellPhone_bar__minus_02_dot_49_bar__minus_02_dot_30_bar__minus_01_dot_06 loc_bar_0_bar__minus_5_bar_1_bar_60)
(pickupable CellPhone_bar__minus_02_dot_49_bar__minus_02_dot_30_bar__minus_01_dot_06)
)
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o PencilType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
