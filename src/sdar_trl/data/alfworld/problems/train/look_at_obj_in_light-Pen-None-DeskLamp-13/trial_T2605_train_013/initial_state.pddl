(define (problem plan_trial_T2605_train_013)
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
BowlType - otype
DeskLampType - otype
KeyChainType - otype
MugType - otype
PenType - otype
RemoteControlType - otype
StatueType - otype
VaseType - otype
DeskLamp_bar__plus_02_dot_94_bar__plus_01_dot_92_bar__plus_00_dot_78 - object
Pen_bar__minus_00_dot_57_bar__plus_00_dot_78_bar__plus_00_dot_23 - object
Statue_bar__minus_01_dot_04_bar__plus_01_dot_69_bar__minus_02_dot_02 - object
Bowl_bar__minus_01_dot_32_bar__minus_00_dot_36_bar__plus_00_dot_69 - object
Vase_bar__minus_00_dot_05_bar__minus_00_dot_07_bar__minus_01_dot_33 - object
KeyChain_bar__plus_01_dot_76_bar__plus_01_dot_37_bar__minus_00_dot_06 - object
Mug_bar__plus_01_dot_63_bar__minus_01_dot_23_bar__minus_02_dot_05 - object
RemoteControl_bar__plus_00_dot_83_bar__plus_00_dot_78_bar__plus_00_dot_98 - object
SideTable_bar__plus_02_dot_31_bar__plus_02_dot_38_bar__minus_00_dot_56 - receptacle
Shelf_bar__minus_00_dot_32_bar__minus_00_dot_25_bar__plus_01_dot_89 - receptacle
Bed_bar__plus_01_dot_97_bar__minus_01_dot_98_bar__plus_01_dot_54 - receptacle
SideTable_bar__minus_01_dot_06_bar__minus_01_dot_59_bar__minus_02_dot_06 - receptacle
Drawer_bar__minus_01_dot_23_bar__plus_01_dot_92_bar__plus_00_dot_46 - receptacle
Drawer_bar__minus_00_dot_56_bar__plus_00_dot_85_bar__minus_02_dot_17 - receptacle
Desk_bar__minus_01_dot_95_bar__plus_00_dot_24_bar__plus_01_dot_01 - receptacle
GarbageCan_bar__minus_00_dot_44_bar__minus_01_dot_71_bar__plus_02_dot_13 - receptacle
Dresser_bar__minus_01_dot_33_bar__plus_02_dot_94_bar__plus_00_dot_83 - receptacle
Shelf_bar__plus_02_dot_06_bar__plus_00_dot_70_bar__plus_00_dot_47 - receptacle
loc_bar_10_bar_10_bar_0_bar_0 - location
loc_bar_2_bar_0_bar_3_bar_0 - location
loc_bar_2_bar_9_bar_0_bar_60 - location
loc_bar_6_bar_1_bar_1_bar__minus_30 - location
loc_bar_6_bar__minus_8_bar_2_bar__minus_30 - location
loc_bar_8_bar__minus_3_bar_2_bar_30 - location
loc_bar_9_bar_7_bar_1_bar_45 - location
loc_bar__minus_2_bar_1_bar_3_bar_60 - location
loc_bar__minus_4_bar__minus_1_bar_3_bar_30 - location
loc_bar__minus_8_bar__minus_8_bar_1_bar_60 - location
loc_bar__minus_9_bar__minus_7_bar_2_bar_0 - location
)
(:init
(atLocation agent1 loc_bar_10_bar_10_bar_0_bar_0)
(receptacleType SideTable_bar__plus_02_dot_31_bar__plus_02_dot_38_bar__minus_00_dot_56 SideTableType)
(receptacleAtLocation SideTable_bar__plus_02_dot_31_bar__plus_02_dot_38_bar__minus_00_dot_56 loc_bar__minus_9_bar__minus_7_bar_2_bar_0)
(receptacleType Shelf_bar__minus_00_dot_32_bar__minus_00_dot_25_bar__plus_01_dot_89 ShelfType)
(receptacleAtLocation Shelf_bar__minus_00_dot_32_bar__minus_00_dot_25_bar__plus_01_dot_89 loc_bar_2_bar_0_bar_3_bar_0)
(receptacleType Bed_bar__plus_01_dot_97_bar__minus_01_dot_98_bar__plus_01_dot_54 BedType)
(receptacleAtLocation Bed_bar__plus_01_dot_97_bar__minus_01_dot_98_bar__plus_01_dot_54 loc_bar__minus_4_bar__minus_1_bar_3_bar_30)
(receptacleType SideTable_bar__minus_01_dot_06_bar__minus_01_dot_59_bar__minus_02_dot_06 SideTableType)
(receptacleAtLocation SideTable_bar__minus_01_dot_06_bar__minus_01_dot_59_bar__minus_02_dot_06 loc_bar_6_bar__minus_8_bar_2_bar__minus_30)
(receptacleType Drawer_bar__minus_01_dot_23_bar__plus_01_dot_92_bar__plus_00_dot_46 DrawerType)
(receptacleAtLocation Drawer_bar__minus_01_dot_23_bar__plus_01_dot_92_bar__plus_00_dot_46 loc_bar__minus_2_bar_1_bar_3_bar_60)
(openable Drawer_bar__minus_01_dot_23_bar__plus_01_dot_92_bar__plus_00_dot_46)
(receptacleType Drawer_bar__minus_00_dot_56_bar__plus_00_dot_85_bar__minus_02_dot_17 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_56_bar__plus_00_dot_85_bar__minus_02_dot_17 loc_bar__minus_8_bar__minus_8_bar_1_bar_60)
(openable Drawer_bar__minus_00_dot_56_bar__plus_00_dot_85_bar__minus_02_dot_17)
(receptacleType Desk_bar__minus_01_dot_95_bar__plus_00_dot_24_bar__plus_01_dot_01 DeskType)
(receptacleAtLocation Desk_bar__minus_01_dot_95_bar__plus_00_dot_24_bar__plus_01_dot_01 loc_bar_9_bar_7_bar_1_bar_45)
(receptacleType GarbageCan_bar__minus_00_dot_44_bar__minus_01_dot_71_bar__plus_02_dot_13 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_00_dot_44_bar__minus_01_dot_71_bar__plus_02_dot_13 loc_bar_8_bar__minus_3_bar_2_bar_30)
(receptacleType Dresser_bar__minus_01_dot_33_bar__plus_02_dot_94_bar__plus_00_dot_83 DresserType)
(receptacleAtLocation Dresser_bar__minus_01_dot_33_bar__plus_02_dot_94_bar__plus_00_dot_83 loc_bar_2_bar_9_bar_0_bar_60)
(receptacleType Shelf_bar__plus_02_dot_06_bar__plus_00_dot_70_bar__plus_00_dot_47 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_06_bar__plus_00_dot_70_bar__plus_00_dot_47 loc_bar_6_bar_1_bar_1_bar__minus_30)
(canContain DeskType BowlType)
(canContain DeskType KeyChainType)
(canContain DeskType MugType)
(canContain DeskType PenType)
(canContain DeskType RemoteControlType)
(canContain DeskType StatueType)
(canContain DeskType VaseType)
(canContain DrawerType KeyChainType)
(canContain DrawerType PenType)
(canContain DrawerType RemoteControlType)
(canContain DresserType BowlType)
(canContain DresserType KeyChainType)
(canContain DresserType MugType)
(canContain DresserType PenType)
(canContain DresserType RemoteControlType)
(canContain DresserType StatueType)
(canContain DresserType VaseType)
(canContain GarbageCanType PenType)
(canContain ShelfType BowlType)
(canContain ShelfType KeyChainType)
(canContain ShelfType MugType)
(canContain ShelfType PenType)
(canContain ShelfType RemoteControlType)
(canContain ShelfType StatueType)
(canContain ShelfType VaseType)
(canContain SideTableType BowlType)
(canContain SideTableType KeyChainType)
(canContain SideTableType MugType)
(canContain SideTableType PenType)
(canContain SideTableType RemoteControlType)
(canContain SideTableType StatueType)
(canContain SideTableType VaseType)
(objectType DeskLamp_bar__plus_02_dot_94_bar__plus_01_dot_92_bar__plus_00_dot_78 DeskLampType)
(inReceptacle DeskLamp_bar__plus_02_dot_94_bar__plus_01_dot_92_bar__plus_00_dot_78 Desk_bar__minus_01_dot_95_bar__plus_00_dot_24_bar__plus_01_dot_01)
(objectAtLocation DeskLamp_bar__plus_02_dot_94_bar__plus_01_dot_92_bar__plus_00_dot_78 loc_bar_9_bar_7_bar_1_bar_45)
(toggleable DeskLamp_bar__plus_02_dot_94_bar__plus_01_dot_92_bar__plus_00_dot_78)
(objectType Pen_bar__minus_00_dot_57_bar__plus_00_dot_78_bar__plus_00_dot_23 PenType)
(inReceptacle Pen_bar__minus_00_dot_57_bar__plus_00_dot_78_bar__plus_00_dot_23 Desk_bar__minus_01_dot_95_bar__plus_00_dot_24_bar__plus_01_dot_01)
(objectAtLocation Pen_bar__minus_00_dot_57_bar__plus_00_dot_78_bar__plus_00_dot_23 loc_bar_9_bar_7_bar_1_bar_45)
(pickupable Pen_bar__minus_00_dot_57_bar__plus_00_dot_78_bar__plus_00_dot_23)
(objectType Statue_bar__minus_01_dot_04_bar__plus_01_dot_69_bar__minus_02_dot_02 StatueType)
(inReceptacle Statue_bar__minus_01_dot_04_bar__plus_01_dot_69_bar__minus_02_dot_02 Shelf_bar__plus_02_dot_06_bar__plus_00_dot_70_bar__plus_00_dot_47)
(objectAtLocation Statue_bar__minus_01_dot_04_bar__plus_01_dot_69_bar__minus_02_dot_02 loc_bar_6_bar_1_bar_1_bar__minus_30)
(pickupable Statue_bar__minus_01_dot_04_bar__plus_01_dot_69_bar__minus_02_dot_02)
(objectType Bowl_bar__minus_01_dot_32_bar__minus_00_dot_36_bar__plus_00_dot_69 BowlType)
(inReceptacle Bowl_bar__minus_01_dot_32_bar__minus_00_dot_36_bar__plus_00_dot_69 Dresser_bar__minus_01_dot_33_bar__plus_02_dot_94_bar__plus_00_dot_83)
(objectAtLocation Bowl_bar__minus_01_dot_32_bar__minus_00_dot_36_bar__plus_00_dot_69 loc_bar_2_bar_9_bar_0_bar_60)
(pickupable Bowl_bar__minus_01_dot_32_bar__minus_00_dot_36_bar__plus_00_dot_69)
(coolable Bowl_bar__minus_01_dot_32_bar__minus_00_dot_36_bar__plus_00_dot_69)
(cleanable Bowl_bar__minus_01_dot_32_bar__minus_00_dot_36_bar__plus_00_dot_69)
(isReceptacleObject Bowl_bar__minus_01_dot_32_bar__minus_00_dot_36_bar__plus_00_dot_69)
(objectType Vase_bar__minus_00_dot_05_bar__minus_00_dot_07_bar__minus_01_dot_33 VaseType)
(inReceptacle Vase_bar__minus_00_dot_05_bar__minus_00_dot_07_bar__minus_01_dot_33 SideTable_bar__minus_01_dot_06_bar__minus_01_dot_59_bar__minus_02_dot_06)
(objectAtLocation Vase_bar__minus_00_dot_05_bar__minus_00_dot_07_bar__minus_01_dot_33 loc_bar_6_bar__minus_8_bar_2_bar__minus_30)
(pickupable Vase_bar__minus_00_dot_05_bar__minus_00_dot_07_bar__minus_01_dot_33)
(objectType KeyChain_bar__plus_01_dot_76_bar__plus_01_dot_37_bar__minus_00_dot_06 KeyChainType)
(inReceptacle KeyChain_bar__plus_01_dot_76_bar__plus_01_dot_37_bar__minus_00_dot_06 SideTable_bar__minus_01_dot_06_bar__minus_01_dot_59_bar__minus_02_dot_06)
(objectAtLocation KeyChain_bar__plus_01_dot_76_bar__plus_01_dot_37_bar__minus_00_dot_06 loc_bar_6_bar__minus_8_bar_2_bar__minus_30)
(pickupable KeyChain_bar__plus_01_dot_76_bar__plus_01_dot_37_bar__minus_00_dot_06)
(objectType Mug_bar__plus_01_dot_63_bar__minus_01_dot_23_bar__minus_02_dot_05 MugType)
(inReceptacle Mug_bar__plus_01_dot_63_bar__minus_01_dot_23_bar__minus_02_dot_05 Desk_bar__minus_01_dot_95_bar__plus_00_dot_24_bar__plus_01_dot_01)
(objectAtLocation Mug_bar__plus_01_dot_63_bar__minus_01_dot_23_bar__minus_02_dot_05 loc_bar_9_bar_7_bar_1_bar_45)
(pickupable Mug_bar__plus_01_dot_63_bar__minus_01_dot_23_bar__minus_02_dot_05)
(heatable Mug_bar__plus_01_dot_63_bar__minus_01_dot_23_bar__minus_02_dot_05)
(coolable Mug_bar__plus_01_dot_63_bar__minus_01_dot_23_bar__minus_02_dot_05)
(cleanable Mug_bar__plus_01_dot_63_bar__minus_01_dot_23_bar__minus_02_dot_05)
(isReceptacleObject Mug_bar__plus_01_dot_63_bar__minus_01_dot_23_bar__minus_02_dot_05)
(objectType RemoteControl_bar__plus_00_dot_83_bar__plus_00_dot_78_bar__plus_00_dot_98 RemoteControlType)
(inReceptacle RemoteControl_bar__plus_00_dot_83_bar__plus_00_dot_78_bar__plus_00_dot_98 SideTable_bar__minus_01_dot_06_bar__minus_01_dot_59_bar__minus_02_dot_06)
(objectAtLocation RemoteControl_bar__plus_00_dot_83_bar__plus_00_dot_78_bar__plus_00_dot_98 loc_bar_6_bar__minus_8_bar_2_bar__minus_30)
(pickupable RemoteControl_bar__plus_00_dot_83_bar__plus_00_dot_78_bar__plus_00_dot_98)
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
                         (objectType ?o PenType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
