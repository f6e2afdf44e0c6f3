(define (problem plan_trial_T2605_train_003)
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
BookType - otype
BowlType - otype
DeskLampType - otype
MugType - otype
PillowType - otype
StatueType - otype
VaseType - otype
WatchType - otype
DeskLamp_bar__plus_00_dot_14_bar__minus_01_dot_75_bar__plus_02_dot_45 - object
Book_bar__minus_01_dot_80_bar__minus_01_dot_93_bar__minus_01_dot_09 - object
Mug_bar__minus_02_dot_43_bar__plus_02_dot_44_bar__minus_02_dot_73 - object
Vase_bar__plus_00_dot_78_bar__plus_02_dot_78_bar__plus_00_dot_21 - object
Pillow_bar__plus_01_dot_55_bar__minus_02_dot_15_bar__plus_00_dot_00 - object
Bowl_bar__minus_02_dot_70_bar__plus_01_dot_71_bar__plus_01_dot_60 - object
Watch_bar__plus_00_dot_23_bar__plus_01_dot_23_bar__minus_00_dot_14 - object
Statue_bar__plus_02_dot_19_bar__plus_02_dot_88_bar__plus_01_dot_17 - object
Bed_bar__minus_00_dot_73_bar__minus_00_dot_22_bar__minus_02_dot_58 - receptacle
Desk_bar__plus_01_dot_10_bar__plus_02_dot_35_bar__plus_01_dot_99 - receptacle
SideTable_bar__plus_00_dot_51_bar__plus_00_dot_44_bar__plus_01_dot_42 - receptacle
SideTable_bar__minus_00_dot_06_bar__minus_01_dot_82_bar__plus_02_dot_13 - receptacle
Drawer_bar__plus_02_dot_32_bar__plus_00_dot_78_bar__minus_00_dot_83 - receptacle
Drawer_bar__minus_02_dot_71_bar__plus_01_dot_23_bar__plus_00_dot_39 - receptacle
Shelf_bar__minus_01_dot_53_bar__plus_02_dot_81_bar__minus_02_dot_84 - receptacle
Shelf_bar__minus_01_dot_01_bar__plus_01_dot_58_bar__minus_02_dot_05 - receptacle
Dresser_bar__plus_02_dot_11_bar__plus_01_dot_32_bar__plus_01_dot_09 - receptacle
GarbageCan_bar__plus_02_dot_64_bar__minus_00_dot_42_bar__plus_02_dot_61 - receptacle
loc_bar_12_bar_11_bar_0_bar_0 - location
loc_bar_2_bar__minus_2_bar_2_bar_60 - location
loc_bar_3_bar_1_bar_3_bar__minus_30 - location
loc_bar_3_bar__minus_1_bar_1_bar_60 - location
loc_bar_5_bar__minus_4_bar_3_bar_30 - location
loc_bar_8_bar_2_bar_1_bar_30 - location
loc_bar_8_bar__minus_1_bar_0_bar__minus_30 - location
loc_bar_9_bar__minus_6_bar_1_bar__minus_30 - location
loc_bar__minus_2_bar_9_bar_1_bar_30 - location
loc_bar__minus_9_bar_0_bar_0_bar_45 - location
loc_bar__minus_9_bar__minus_8_bar_3_bar_0 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_11_bar_0_bar_0)
(receptacleType Bed_bar__minus_00_dot_73_bar__minus_00_dot_22_bar__minus_02_dot_58 BedType)
(receptacleAtLocation Bed_bar__minus_00_dot_73_bar__minus_00_dot_22_bar__minus_02_dot_58 loc_bar_9_bar__minus_6_bar_1_bar__minus_30)
(receptacleType Desk_bar__plus_01_dot_10_bar__plus_02_dot_35_bar__plus_01_dot_99 DeskType)
(receptacleAtLocation Desk_bar__plus_01_dot_10_bar__plus_02_dot_35_bar__plus_01_dot_99 loc_bar_8_bar__minus_1_bar_0_bar__minus_30)
(receptacleType SideTable_bar__plus_00_dot_51_bar__plus_00_dot_44_bar__plus_01_dot_42 SideTableType)
(receptacleAtLocation SideTable_bar__plus_00_dot_51_bar__plus_00_dot_44_bar__plus_01_dot_42 loc_bar_3_bar_1_bar_3_bar__minus_30)
(receptacleType SideTable_bar__minus_00_dot_06_bar__minus_01_dot_82_bar__plus_02_dot_13 SideTableType)
(receptacleAtLocation SideTable_bar__minus_00_dot_06_bar__minus_01_dot_82_bar__plus_02_dot_13 loc_bar__minus_9_bar__minus_8_bar_3_bar_0)
(receptacleType Drawer_bar__plus_02_dot_32_bar__plus_00_dot_78_bar__minus_00_dot_83 DrawerType)
(receptacleAtLocation Drawer_bar__plus_02_dot_32_bar__plus_00_dot_78_bar__minus_00_dot_83 loc_bar__minus_9_bar_0_bar_0_bar_45)
(openable Drawer_bar__plus_02_dot_32_bar__plus_00_dot_78_bar__minus_00_dot_83)
(receptacleType Drawer_bar__minus_02_dot_71_bar__plus_01_dot_23_bar__plus_00_dot_39 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_71_bar__plus_01_dot_23_bar__plus_00_dot_39 loc_bar_8_bar_2_bar_1_bar_30)
(openable Drawer_bar__minus_02_dot_71_bar__plus_01_dot_23_bar__plus_00_dot_39)
(receptacleType Shelf_bar__minus_01_dot_53_bar__plus_02_dot_81_bar__minus_02_dot_84 ShelfType)
(receptacleAtLocation Shelf_bar__minus_01_dot_53_bar__plus_02_dot_81_bar__minus_02_dot_84 loc_bar__minus_2_bar_9_bar_1_bar_30)
(receptacleType Shelf_bar__minus_01_dot_01_bar__plus_01_dot_58_bar__minus_02_dot_05 ShelfType)
(receptacleAtLocation Shelf_bar__minus_01_dot_01_bar__plus_01_dot_58_bar__minus_02_dot_05 loc_bar_3_bar__minus_1_bar_1_bar_60)
(receptacleType Dresser_bar__plus_02_dot_11_bar__plus_01_dot_32_bar__plus_01_dot_09 DresserType)
(receptacleAtLocation Dresser_bar__plus_02_dot_11_bar__plus_01_dot_32_bar__plus_01_dot_09 loc_bar_5_bar__minus_4_bar_3_bar_30)
(receptacleType GarbageCan_bar__plus_02_dot_64_bar__minus_00_dot_42_bar__plus_02_dot_61 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_02_dot_64_bar__minus_00_dot_42_bar__plus_02_dot_61 loc_bar_2_bar__minus_2_bar_2_bar_60)
(canContain BedType BookType)
(canContain BedType PillowType)
(canContain DeskType BookType)
(canContain DeskType BowlType)
(canContain DeskType MugType)
(canContain DeskType StatueType)
(canContain DeskType VaseType)
(canContain DeskType WatchType)
(canContain DrawerType BookType)
(canContain DrawerType WatchType)
(canContain DresserType BookType)
(canContain DresserType BowlType)
(canContain DresserType MugType)
(canContain DresserType StatueType)
(canContain DresserType VaseType)
(canContain DresserType WatchType)
(canContain ShelfType BookType)
(canContain ShelfType BowlType)
(canContain ShelfType MugType)
(canContain ShelfType StatueType)
(canContain ShelfType VaseType)
(canContain ShelfType WatchType)
(canContain SideTableType BookType)
(canContain SideTableType BowlType)
(canContain SideTableType MugType)
(canContain SideTableType StatueType)
(canContain SideTableType VaseType)
(canContain SideTableType WatchType)
(objectType DeskLamp_bar__plus_00_dot_14_bar__minus_01_dot_75_bar__plus_02_dot_45 DeskLampType)
(inReceptacle DeskLamp_bar__plus_00_dot_14_bar__minus_01_dot_75_bar__plus_02_dot_45 SideTable_bar__minus_00_dot_06_bar__minus_01_dot_82_bar__plus_02_dot_13)
(objectAtLocation DeskLamp_bar__plus_00_dot_14_bar__minus_01_dot_75_bar__plus_02_dot_45 loc_bar__minus_9_bar__minus_8_bar_3_bar_0)
(toggleable DeskLamp_bar__plus_00_dot_14_bar__minus_01_dot_75_bar__plus_02_dot_45)
(objectType Book_bar__minus_01_dot_80_bar__minus_01_dot_93_bar__minus_01_dot_09 BookType)
(inReceptacle Book_bar__minus_01_dot_80_bar__minus_01_dot_93_bar__minus_01_dot_09 SideTable_bar__plus_00_dot_51_bar__plus_00_dot_44_bar__plus_01_dot_42)
(objectAtLocation Book_bar__minus_01_dot_80_bar__minus_01_dot_93_bar__minus_01_dot_09 loc_bar_3_bar_1_bar_3_bar__minus_30)
(pickupable Book_bar__minus_01_dot_80_bar__minus_01_dot_93_bar__minus_01_dot_09)
(objectType Mug_bar__minus_02_dot_43_bar__plus_02_dot_44_bar__minus_02_dot_73 MugType)
(inReceptacle Mug_bar__minus_02_dot_43_bar__plus_02_dot_44_bar__minus_02_dot_73 SideTable_bar__plus_00_dot_51_bar__plus_00_dot_44_bar__plus_01_dot_42)
(objectAtLocation Mug_bar__minus_02_dot_43_bar__plus_02_dot_44_bar__minus_02_dot_73 loc_bar_3_bar_1_bar_3_bar__minus_30)
(pickupable Mug_bar__minus_02_dot_43_bar__plus_02_dot_44_bar__minus_02_dot_73)
(heatable Mug_bar__minus_02_dot_43_bar__plus_02_dot_44_bar__minus_02_dot_73)
(coolable Mug_bar__minus_02_dot_43_bar__plus_02_dot_44_bar__minus_02_dot_73)
(cleanable Mug_bar__minus_02_dot_43_bar__plus_02_dot_44_bar__minus_02_dot_73)
(isReceptacleObject Mug_bar__minus_02_dot_43_bar__plus_02_dot_44_bar__minus_02_dot_73)
(objectType Vase_bar__plus_00_dot_78_bar__plus_02_dot_78_bar__plus_00_dot_21 VaseType)
(inReceptacle Vase_bar__plus_00_dot_78_bar__plus_02_dot_78_bar__plus_00_dot_21 Dresser_bar__plus_02_dot_11_bar__plus_01_dot_32_bar__plus_01_dot_09)
(objectAtLocation Vase_bar__plus_00_dot_78_bar__plus_02_dot_78_bar__plus_00_dot_21 loc_bar_5_bar__minus_4_bar_3_bar_30)
(pickupable Vase_bar__plus_00_dot_78_bar__plus_02_dot_78_bar__plus_00_dot_21)
(objectType Pillow_bar__plus_01_dot_55_bar__minus_02_dot_15_bar__plus_00_dot_00 PillowType)
(inReceptacle Pillow_bar__plus_01_dot_55_bar__minus_02_dot_15_bar__plus_00_dot_00 Bed_bar__minus_00_dot_73_bar__minus_00_dot_22_bar__minus_02_dot_58)
(objectAtLocation Pillow_bar__plus_01_dot_55_bar__minus_02_dot_15_bar__plus_00_dot_00 loc_bar_9_bar__minus_6_bar_1_bar__minus_30)
(pickupable Pillow_bar__plus_01_dot_55_bar__minus_02_dot_15_bar__plus_00_dot_00)
(objectType Bowl_bar__minus_02_dot_70_bar__plus_01_dot_71_bar__plus_01_dot_60 BowlType)
(inReceptacle Bowl_bar__minus_02_dot_70_bar__plus_01_dot_71_bar__plus_01_dot_60 Dresser_bar__plus_02_dot_11_bar__plus_01_dot_32_bar__plus_01_dot_09)
(objectAtLocation Bowl_bar__minus_02_dot_70_bar__plus_01_dot_71_bar__plus_01_dot_60 loc_bar_5_bar__minus_4_bar_3_bar_30)
(pickupable Bowl_bar__minus_02_dot_70_bar__plus_01_dot_71_bar__plus_01_dot_60)
(coolable Bowl_bar__minus_02_dot_70_bar__plus_01_dot_71_bar__plus_01_dot_60)
(cleanable Bowl_bar__minus_02_dot_70_bar__plus_01_dot_71_bar__plus_01_dot_60)
(isReceptacleObject Bowl_bar__minus_02_dot_70_bar__plus_01_dot_71_bar__plus_01_dot_60)
(objectType Watch_bar__plus_00_dot_23_bar__plus_01_dot_23_bar__minus_00_dot_14 WatchType)
(inReceptacle Watch_bar__plus_00_dot_23_bar__plus_01_dot_23_bar__minus_00_dot_14 SideTable_bar__minus_00_dot_06_bar__minus_01_dot_82_bar__plus_02_dot_13)
(objectAtLocation Watch_bar__plus_00_dot_23_bar__plus_01_dot_23_bar__minus_00_dot_14 loc_bar__minus_9_bar__minus_8_bar_3_bar_0)
(pickupable Watch_bar__plus_00_dot_23_bar__plus_01_dot_23_bar__minus_00_dot_14)
(objectType Statue_bar__plus_02_dot_19_bar__plus_02_dot_88_bar__plus_01_dot_17 StatueType)
(inReceptacle Statue_bar__plus_02_dot_19_bar__plus_02_dot_88_bar__plus_01_dot_17 SideTable_bar__plus_00_dot_51_bar__plus_00_dot_44_bar__plus_01_dot_42)
(objectAtLocation Statue_bar__plus_02_dot_19_bar__plus_02_dot_88_bar__plus_01_dot_17 loc_bar_3_bar_1_bar_3_bar__minus_30)
(pickupable Statue_bar__plus_02_dot_19_bar__plus_02_dot_88_bar__plus_01_dot_17)
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
                         (objectType ?o BookType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
