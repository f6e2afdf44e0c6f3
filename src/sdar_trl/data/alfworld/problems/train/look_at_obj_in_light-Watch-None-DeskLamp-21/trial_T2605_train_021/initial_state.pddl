(define (problem plan_trial_T2605_train_021)
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
AlarmClockType - otype
BookType - otype
DeskLampType - otype
MugType - otype
PillowType - otype
StatueType - otype
VaseType - otype
WatchType - otype
DeskLamp_bar__plus_02_dot_27_bar__minus_01_dot_10_bar__minus_01_dot_23 - object
Watch_bar__plus_01_dot_24_bar__plus_02_dot_77_bar__plus_01_dot_81 - object
Vase_bar__minus_00_dot_35_bar__minus_01_dot_72_bar__plus_00_dot_58 - object
Statue_bar__plus_01_dot_43_bar__plus_00_dot_45_bar__plus_01_dot_48 - object
Pillow_bar__plus_00_dot_02_bar__minus_02_dot_68_bar__plus_01_dot_83 - object
Mug_bar__minus_01_dot_73_bar__minus_02_dot_44_bar__plus_02_dot_70 - object
Book_bar__plus_02_dot_29_bar__minus_02_dot_23_bar__plus_00_dot_07 - object
AlarmClock_bar__plus_02_dot_28_bar__plus_00_dot_85_bar__minus_00_dot_53 - object
Drawer_bar__minus_00_dot_29_bar__plus_00_dot_46_bar__minus_00_dot_39 - receptacle
Dresser_bar__minus_02_dot_30_bar__plus_01_dot_44_bar__plus_01_dot_66 - receptacle
GarbageCan_bar__minus_02_dot_51_bar__plus_02_dot_79_bar__plus_00_dot_81 - receptacle
Bed_bar__minus_00_dot_14_bar__minus_00_dot_43_bar__minus_01_dot_03 - receptacle
Drawer_bar__plus_01_dot_57_bar__plus_01_dot_87_bar__plus_00_dot_83 - receptacle
Desk_bar__minus_00_dot_29_bar__minus_02_dot_55_bar__plus_00_dot_56 - receptacle
Shelf_bar__plus_00_dot_52_bar__minus_02_dot_79_bar__plus_01_dot_14 - receptacle
Shelf_bar__minus_02_dot_74_bar__plus_01_dot_49_bar__minus_00_dot_65 - receptacle
SideTable_bar__plus_00_dot_96_bar__minus_01_dot_38_bar__minus_02_dot_39 - receptacle
SideTable_bar__minus_02_dot_80_bar__plus_00_dot_40_bar__plus_00_dot_71 - receptacle
loc_bar_0_bar_1_bar_3_bar__minus_30 - location
loc_bar_0_bar_7_bar_3_bar_60 - location
loc_bar_0_bar__minus_2_bar_1_bar_45 - location
loc_bar_0_bar__minus_4_bar_1_bar_30 - location
loc_bar_11_bar_11_bar_0_bar_0 - location
loc_bar_4_bar__minus_4_bar_1_bar_30 - location
loc_bar_6_bar_8_bar_3_bar__minus_30 - location
loc_bar_6_bar__minus_2_bar_1_bar_45 - location
loc_bar_7_bar_4_bar_2_bar_30 - location
loc_bar__minus_2_bar_3_bar_0_bar__minus_30 - location
loc_bar__minus_9_bar__minus_8_bar_1_bar_60 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_11_bar_0_bar_0)
(receptacleType Drawer_bar__minus_00_dot_29_bar__plus_00_dot_46_bar__minus_00_dot_39 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_29_bar__plus_00_dot_46_bar__minus_00_dot_39 loc_bar_4_bar__minus_4_bar_1_bar_30)
(openable Drawer_bar__minus_00_dot_29_bar__plus_00_dot_46_bar__minus_00_dot_39)
(receptacleType Dresser_bar__minus_02_dot_30_bar__plus_01_dot_44_bar__plus_01_dot_66 DresserType)
(receptacleAtLocation Dresser_bar__minus_02_dot_30_bar__plus_01_dot_44_bar__plus_01_dot_66 loc_bar__minus_2_bar_3_bar_0_bar__minus_30)
(receptacleType GarbageCan_bar__minus_02_dot_51_bar__plus_02_dot_79_bar__plus_00_dot_81 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_02_dot_51_bar__plus_02_dot_79_bar__plus_00_dot_81 loc_bar_6_bar__minus_2_bar_1_bar_45)
(receptacleType Bed_bar__minus_00_dot_14_bar__minus_00_dot_43_bar__minus_01_dot_03 BedType)
(receptacleAtLocation Bed_bar__minus_00_dot_14_bar__minus_00_dot_43_bar__minus_01_dot_03 loc_bar_0_bar__minus_2_bar_1_bar_45)
(receptacleType Drawer_bar__plus_01_dot_57_bar__plus_01_dot_87_bar__plus_00_dot_83 DrawerType)
(receptacleAtLocation Drawer_bar__plus_01_dot_57_bar__plus_01_dot_87_bar__plus_00_dot_83 loc_bar_0_bar__minus_4_bar_1_bar_30)
(openable Drawer_bar__plus_01_dot_57_bar__plus_01_dot_87_bar__plus_00_dot_83)
(receptacleType Desk_bar__minus_00_dot_29_bar__minus_02_dot_55_bar__plus_00_dot_56 DeskType)
(receptacleAtLocation Desk_bar__minus_00_dot_29_bar__minus_02_dot_55_bar__plus_00_dot_56 loc_bar_0_bar_1_bar_3_bar__minus_30)
(receptacleType Shelf_bar__plus_00_dot_52_bar__minus_02_dot_79_bar__plus_01_dot_14 ShelfType)
(receptacleAtLocation Shelf_bar__plus_00_dot_52_bar__minus_02_dot_79_bar__plus_01_dot_14 loc_bar_0_bar_7_bar_3_bar_60)
(receptacleType Shelf_bar__minus_02_dot_74_bar__plus_01_dot_49_bar__minus_00_dot_65 ShelfType)
(receptacleAtLocation Shelf_bar__minus_02_dot_74_bar__plus_01_dot_49_bar__minus_00_dot_65 loc_bar_7_bar_4_bar_2_bar_30)
(receptacleType SideTable_bar__plus_00_dot_96_bar__minus_01_dot_38_bar__minus_02_dot_39 SideTableType)
(receptacleAtLocation SideTable_bar__plus_00_dot_96_bar__minus_01_dot_38_bar__minus_02_dot_39 loc_bar__minus_9_bar__minus_8_bar_1_bar_60)
(receptacleType SideTable_bar__minus_02_dot_80_bar__plus_00_dot_40_bar__plus_00_dot_71 SideTableType)
(receptacleAtLocation SideTable_bar__minus_02_dot_80_bar__plus_00_dot_40_bar__plus_00_dot_71 loc_bar_6_bar_8_bar_3_bar__minus_30)
(canContain BedType BookType)
(canContain BedType PillowType)
(canContain DeskType AlarmClockType)
(canContain DeskType BookType)
(canContain DeskType MugType)
(canContain DeskType StatueType)
(canContain DeskType VaseType)
(canContain DeskType WatchType)
(canContain DrawerType BookType)
(canContain DrawerType WatchType)
(canContain DresserType AlarmClockType)
(canContain DresserType BookType)
(canContain DresserType MugType)
(canContain DresserType StatueType)
(canContain DresserType VaseType)
(canContain DresserType WatchType)
(canContain ShelfType AlarmClockType)
(canContain ShelfType BookType)
(canContain ShelfType MugType)
(canContain ShelfType StatueType)
(canContain ShelfType VaseType)
(canContain ShelfType WatchType)
(canContain SideTableType AlarmClockType)
(canContain SideTableType BookType)
(canContain SideTableType MugType)
(canContain SideTableType StatueType)
(canContain SideTableType VaseType)
(canContain SideTableType WatchType)
(objectType DeskLamp_bar__plus_02_dot_27_bar__minus_01_dot_10_bar__minus_01_dot_23 DeskLampType)
(inReceptacle DeskLamp_bar__plus_02_dot_27_bar__minus_01_dot_10_bar__minus_01_dot_23 Desk_bar__minus_00_dot_29_bar__minus_02_dot_55_bar__plus_00_dot_56)
(objectAtLocation DeskLamp_bar__plus_02_dot_27_bar__minus_01_dot_10_bar__minus_01_dot_23 loc_bar_0_bar_1_bar_3_bar__minus_30)
(toggleable DeskLamp_bar__plus_02_dot_27_bar__minus_01_dot_10_bar__minus_01_dot_23)
(objectType Watch_bar__plus_01_dot_24_bar__plus_02_dot_77_bar__plus_01_dot_81 WatchType)
(inReceptacle Watch_bar__plus_01_dot_24_bar__plus_02_dot_77_bar__plus_01_dot_81 Dresser_bar__minus_02_dot_30_bar__plus_01_dot_44_bar__plus_01_dot_66)
(objectAtLocation Watch_bar__plus_01_dot_24_bar__plus_02_dot_77_bar__plus_01_dot_81 loc_bar__minus_2_bar_3_bar_0_bar__minus_30)
(pickupable Watch_bar__plus_01_dot_24_bar__plus_02_dot_77_bar__plus_01_dot_81)
(objectType Vase_bar__minus_00_dot_35_bar__minus_01_dot_72_bar__plus_00_dot_58 VaseType)
(inReceptacle Vase_bar__minus_00_dot_35_bar__minus_01_dot_72_bar__plus_00_dot_58 Shelf_bar__minus_02_dot_74_bar__plus_01_dot_49_bar__minus_00_dot_65)
(objectAtLocation Vase_bar__minus_00_dot_35_bar__minus_01_dot_72_bar__plus_00_dot_58 loc_bar_7_bar_4_bar_2_bar_30)
(pickupable Vase_bar__minus_00_dot_35_bar__minus_01_dot_72_bar__plus_00_dot_58)
(objectType Statue_bar__plus_01_dot_43_bar__plus_00_dot_45_bar__plus_01_dot_48 StatueType)
(inReceptacle Statue_bar__plus_01_dot_43_bar__plus_00_dot_45_bar__plus_01_dot_48 Shelf_bar__plus_00_dot_52_bar__minus_02_dot_79_bar__plus_01_dot_14)
(objectAtLocation Statue_bar__plus_01_dot_43_bar__plus_00_dot_45_bar__plus_01_dot_48 loc_bar_0_bar_7_bar_3_bar_60)
(pickupable Statue_bar__plus_01_dot_43_bar__plus_00_dot_45_bar__plus_01_dot_48)
(objectType Pillow_bar__plus_00_dot_02_bar__minus_02_dot_68_bar__plus_01_dot_83 PillowType)
(inReceptacle Pillow_bar__plus_00_dot_02_bar__minus_02_dot_68_bar__plus_01_dot_83 Bed_bar__minus_00_dot_14_bar__minus_00_dot_43_bar__minus_01_dot_03)
(objectAtLocation Pillow_bar__plus_00_dot_02_bar__minus_02_dot_68_bar__plus_01_dot_83 loc_bar_0_bar__minus_2_bar_1_bar_45)
(pickupable Pillow_bar__plus_00_dot_02_bar__minus_02_dot_68_bar__plus_01_dot_83)
(objectType Mug_bar__minus_01_dot_73_bar__minus_02_dot_44_bar__plus_02_dot_70 MugType)
(inReceptacle Mug_bar__minus_01_dot_73_bar__minus_02_dot_44_bar__plus_02_dot_70 Dresser_bar__minus_02_dot_30_bar__plus_01_dot_44_bar__plus_01_dot_66)
(objectAtLocation Mug_bar__minus_01_dot_73_bar__minus_02_dot_44_bar__plus_02_dot_70 loc_bar__minus_2_bar_3_bar_0_bar__minus_30)
(pickupable Mug_bar__minus_01_dot_73_bar__minus_02_dot_44_bar__plus_02_dot_70)
(heatable Mug_bar__minus_01_dot_73_bar__minus_02_dot_44_bar__plus_02_dot_70)
(coolable Mug_bar__minus_01_dot_73_bar__minus_02_dot_44_bar__plus_02_dot_70)
(cleanable Mug_bar__minus_01_dot_73_bar__minus_02_dot_44_bar__plus_02_dot_70)
(isReceptacleObject Mug_bar__minus_01_dot_73_bar__minus_02_dot_44_bar__plus_02_dot_70)
(objectType Book_bar__plus_02_dot_29_bar__minus_02_dot_23_bar__plus_00_dot_07 BookType)
(inReceptacle Book_bar__plus_02_dot_29_bar__minus_02_dot_23_bar__plus_00_dot_07 Bed_bar__minus_00_dot_14_bar__minus_00_dot_43_bar__minus_01_dot_03)
(objectAtLocation Book_bar__plus_02_dot_29_bar__minus_02_dot_23_bar__plus_00_dot_07 loc_bar_0_bar__minus_2_bar_1_bar_45)
(pickupable Book_bar__plus_02_dot_29_bar__minus_02_dot_23_bar__plus_00_dot_07)
(objectType AlarmClock_bar__plus_02_dot_28_bar__plus_00_dot_85_bar__minus_00_dot_53 AlarmClockType)
(inReceptacle AlarmClock_bar__plus_02_dot_28_bar__plus_00_dot_85_bar__minus_00_dot_53 Shelf_bar__minus_02_dot_74_bar__plus_01_dot_49_bar__minus_00_dot_65)
(objectAtLocation AlarmClock_bar__plus_02_dot_28_bar__plus_00_dot_85_bar__minus_00_dot_53 loc_bar_7_bar_4_bar_2_bar_30)
(pickupable AlarmClock_bar__plus_02_dot_28_bar__plus_00_dot_85_bar__minus_00_dot_53)
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
                         (objectType ?o WatchType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
