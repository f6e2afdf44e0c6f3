(define (problem plan_trial_T2605_train_004)
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
CDType - otype
CellPhoneType - otype
DeskLampType - otype
MugType - otype
VaseType - otype
WatchType - otype
DeskLamp_bar__plus_00_dot_11_bar__minus_02_dot_61_bar__plus_00_dot_11 - object
CD_bar__plus_01_dot_31_bar__minus_02_dot_13_bar__plus_00_dot_79 - object
Mug_bar__minus_02_dot_53_bar__minus_01_dot_11_bar__minus_00_dot_76 - object
Book_bar__minus_01_dot_87_bar__minus_00_dot_06_bar__minus_01_dot_84 - object
CD_bar__plus_02_dot_60_bar__minus_02_dot_53_bar__minus_01_dot_39 - object
CellPhone_bar__plus_00_dot_13_bar__minus_01_dot_60_bar__plus_00_dot_15 - object
Watch_bar__minus_00_dot_59_bar__minus_01_dot_47_bar__plus_02_dot_47 - object
Vase_bar__minus_01_dot_18_bar__minus_01_dot_42_bar__minus_01_dot_00 - object
Bed_bar__plus_00_dot_93_bar__plus_02_dot_09_bar__minus_00_dot_50 - receptacle
Desk_bar__plus_00_dot_62_bar__plus_02_dot_16_bar__minus_00_dot_48 - receptacle
SideTable_bar__plus_02_dot_87_bar__plus_00_dot_06_bar__minus_02_dot_21 - receptacle
SideTable_bar__minus_01_dot_19_bar__plus_02_dot_17_bar__plus_01_dot_60 - receptacle
Drawer_bar__plus_02_dot_64_bar__plus_00_dot_73_bar__plus_01_dot_15 - receptacle
Drawer_bar__plus_01_dot_79_bar__minus_01_dot_34_bar__minus_00_dot_41 - receptacle
Shelf_bar__minus_02_dot_75_bar__plus_02_dot_37_bar__plus_00_dot_03 - receptacle
Shelf_bar__minus_02_dot_93_bar__minus_02_dot_37_bar__plus_00_dot_11 - receptacle
Dresser_bar__plus_00_dot_82_bar__minus_01_dot_57_bar__plus_00_dot_27 - receptacle
GarbageCan_bar__minus_00_dot_99_bar__minus_00_dot_05_bar__plus_00_dot_66 - receptacle
loc_bar_0_bar_0_bar_3_bar_45 - location
loc_bar_10_bar_10_bar_0_bar_0 - location
loc_bar_3_bar_5_bar_0_bar__minus_30 - location
loc_bar_5_bar_3_bar_2_bar_45 - location
loc_bar__minus_1_bar_5_bar_1_bar__minus_30 - location
loc_bar__minus_1_bar__minus_7_bar_1_bar_30 - location
loc_bar__minus_3_bar_9_bar_1_bar__minus_30 - location
loc_bar__minus_3_bar__minus_3_bar_0_bar__minus_30 - location
loc_bar__minus_5_bar_8_bar_2_bar_45 - location
loc_bar__minus_7_bar_0_bar_3_bar_0 - location
loc_bar__minus_9_bar__minus_8_bar_2_bar__minus_30 - location
)
(:init
(atLocation agent1 loc_bar_10_bar_10_bar_0_bar_0)
(receptacleType Bed_bar__plus_00_dot_93_bar__plus_02_dot_09_bar__minus_00_dot_50 BedType)
(receptacleAtLocation Bed_bar__plus_00_dot_93_bar__plus_02_dot_09_bar__minus_00_dot_50 loc_bar_3_bar_5_bar_0_bar__minus_30)
(receptacleType Desk_bar__plus_00_dot_62_bar__plus_02_dot_16_bar__minus_00_dot_48 DeskType)
(receptacleAtLocation Desk_bar__plus_00_dot_62_bar__plus_02_dot_16_bar__minus_00_dot_48 loc_bar__minus_7_bar_0_bar_3_bar_0)
(receptacleType SideTable_bar__plus_02_dot_87_bar__plus_00_dot_06_bar__minus_02_dot_21 SideTableType)
(receptacleAtLocation SideTable_bar__plus_02_dot_87_bar__plus_00_dot_06_bar__minus_02_dot_21 loc_bar__minus_1_bar_5_bar_1_bar__minus_30)
(receptacleType SideTable_bar__minus_01_dot_19_bar__plus_02_dot_17_bar__plus_01_dot_60 SideTableType)
(receptacleAtLocation SideTable_bar__minus_01_dot_19_bar__plus_02_dot_17_bar__plus_01_dot_60 loc_bar_0_bar_0_bar_3_bar_45)
(receptacleType Drawer_bar__plus_02_dot_64_bar__plus_00_dot_73_bar__plus_01_dot_15 DrawerType)
(receptacleAtLocation Drawer_bar__plus_02_dot_64_bar__plus_00_dot_73_bar__plus_01_dot_15 loc_bar__minus_1_bar__minus_7_bar_1_bar_30)
(openable Drawer_bar__plus_02_dot_64_bar__plus_00_dot_73_bar__plus_01_dot_15)
(receptacleType Drawer_bar__plus_01_dot_79_bar__minus_01_dot_34_bar__minus_00_dot_41 DrawerType)
(receptacleAtLocation Drawer_bar__plus_01_dot_79_bar__minus_01_dot_34_bar__minus_00_dot_41 loc_bar__minus_5_bar_8_bar_2_bar_45)
(openable Drawer_bar__plus_01_dot_79_bar__minus_01_dot_34_bar__minus_00_dot_41)
(receptacleType Shelf_bar__minus_02_dot_75_bar__plus_02_dot_37_bar__plus_00_dot_03 ShelfType)
(receptacleAtLocation Shelf_bar__minus_02_dot_75_bar__plus_02_dot_37_bar__plus_00_dot_03 loc_bar_5_bar_3_bar_2_bar_45)
(receptacleType Shelf_bar__minus_02_dot_93_bar__minus_02_dot_37_bar__plus_00_dot_11 ShelfType)
(receptacleAtLocation Shelf_bar__minus_02_dot_93_bar__minus_02_dot_37_bar__plus_00_dot_11 loc_bar__minus_9_bar__minus_8_bar_2_bar__minus_30)
(receptacleType Dresser_bar__plus_00_dot_82_bar__minus_01_dot_57_bar__plus_00_dot_27 DresserType)
(receptacleAtLocation Dresser_bar__plus_00_dot_82_bar__minus_01_dot_57_bar__plus_00_dot_27 loc_bar__minus_3_bar__minus_3_bar_0_bar__minus_30)
(receptacleType GarbageCan_bar__minus_00_dot_99_bar__minus_00_dot_05_bar__plus_00_dot_66 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_00_dot_99_bar__minus_00_dot_05_bar__plus_00_dot_66 loc_bar__minus_3_bar_9_bar_1_bar__minus_30)
(canContain BedType BookType)
(canContain BedType CellPhoneType)
(canContain DeskType BookType)
(canContain DeskType CDType)
(canContain DeskType CellPhoneType)
(canContain DeskType MugType)
(canContain DeskType VaseType)
(canContain DeskType WatchType)
(canContain DrawerType BookType)
(canContain DrawerType CDType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType WatchType)
(canContain DresserType BookType)
(canContain DresserType CDType)
(canContain DresserType CellPhoneType)
(canContain DresserType MugType)
(canContain DresserType VaseType)
(canContain DresserType WatchType)
(canContain GarbageCanType CDType)
(canContain ShelfType BookType)
(canContain ShelfType CDType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType MugType)
(canContain ShelfType VaseType)
(canContain ShelfType WatchType)
(canContain SideTableType BookType)
(canContain SideTableType CDType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType MugType)
(canContain SideTableType VaseType)
(canContain SideTableType WatchType)
(objectType DeskLamp_bar__plus_00_dot_11_bar__minus_02_dot_61_bar__plus_00_dot_11 DeskLampType)
(inReceptacle DeskLamp_bar__plus_00_dot_11_bar__minus_02_dot_61_bar__plus_00_dot_11 SideTable_bar__minus_01_dot_19_bar__plus_02_dot_17_bar__plus_01_dot_60)
(objectAtLocation DeskLamp_bar__plus_00_dot_11_bar__minus_02_dot_61_bar__plus_00_dot_11 loc_bar_0_bar_0_bar_3_bar_45)
(toggleable DeskLamp_bar__plus_00_dot_11_bar__minus_02_dot_61_bar__plus_00_dot_11)
(objectType CD_bar__plus_01_dot_31_bar__minus_02_dot_13_bar__plus_00_dot_79 CDType)
(inReceptacle CD_bar__plus_01_dot_31_bar__minus_02_dot_13_bar__plus_00_dot_79 GarbageCan_bar__minus_00_dot_99_bar__minus_00_dot_05_bar__plus_00_dot_66)
(objectAtLocation CD_bar__plus_01_dot_31_bar__minus_02_dot_13_bar__plus_00_dot_79 loc_bar__minus_3_bar_9_bar_1_bar__minus_30)
(pickupable CD_bar__plus_01_dot_31_bar__minus_02_dot_13_bar__plus_00_dot_79)
(objectType Mug_bar__minus_02_dot_53_bar__minus_01_dot_11_bar__minus_00_dot_76 MugType)
(inReceptacle Mug_bar__minus_02_dot_53_bar__minus_01_dot_11_bar__minus_00_dot_76 SideTable_bar__minus_01_dot_19_bar__plus_02_dot_17_bar__plus_01_dot_60)
(objectAtLocation Mug_bar__minus_02_dot_53_bar__minus_01_dot_11_bar__minus_00_dot_76 loc_bar_0_bar_0_bar_3_bar_45)
(pickupable Mug_bar__minus_02_dot_53_bar__minus_01_dot_11_bar__minus_00_dot_76)
(heatable Mug_bar__minus_02_dot_53_bar__minus_01_dot_11_bar__minus_00_dot_76)
(coolable Mug_bar__minus_02_dot_53_bar__minus_01_dot_11_bar__minus_00_dot_76)
(cleanable Mug_bar__minus_02_dot_53_bar__minus_01_dot_11_bar__minus_00_dot_76)
(isReceptacleObject Mug_bar__minus_02_dot_53_bar__minus_01_dot_11_bar__minus_00_dot_76)
(objectType Book_bar__minus_01_dot_87_bar__minus_00_dot_06_bar__minus_01_dot_84 BookType)
(inReceptacle Book_bar__minus_01_dot_87_bar__minus_00_dot_06_bar__minus_01_dot_84 Shelf_bar__minus_02_dot_93_bar__minus_02_dot_37_bar__plus_00_dot_11)
(objectAtLocation Book_bar__minus_01_dot_87_bar__minus_00_dot_06_bar__minus_01_dot_84 loc_bar__minus_9_bar__minus_8_bar_2_bar__minus_30)
(pickupable Book_bar__minus_01_dot_87_bar__minus_00_dot_06_bar__minus_01_dot_84)
(objectType CD_bar__plus_02_dot_60_bar__minus_02_dot_53_bar__minus_01_dot_39 CDType)
(inReceptacle CD_bar__plus_02_dot_60_bar__minus_02_dot_53_bar__minus_01_dot_39 SideTable_bar__plus_02_dot_87_bar__plus_00_dot_06_bar__minus_02_dot_21)
(objectAtLocation CD_bar__plus_02_dot_60_bar__minus_02_dot_53_bar__minus_01_dot_39 loc_bar__minus_1_bar_5_bar_1_bar__minus_30)
(pickupable CD_bar__plus_02_dot_60_bar__minus_02_dot_53_bar__minus_01_dot_39)
(objectType CellPhone_bar__plus_00_dot_13_bar__minus_01_dot_60_bar__plus_00_dot_15 CellPhoneType)
(inReceptacle CellPhone_bar__plus_00_dot_13_bar__minus_01_dot_60_bar__plus_00_dot_15 Drawer_bar__plus_02_dot_64_bar__plus_00_dot_73_bar__plus_01_dot_15)
(objectAtLocation CellPhone_bar__plus_00_dot_13_bar__minus_01_dot_60_bar__plus_00_dot_15 loc_bar__minus_1_bar__minus_7_bar_1_bar_30)
(pickupable CellPhone_bar__plus_00_dot_13_bar__minus_01_dot_60_bar__plus_00_dot_15)
(objectType Watch_bar__minus_00_dot_59_bar__minus_01_dot_47_bar__plus_02_dot_47 WatchType)
(inReceptacle Watch_bar__minus_00_dot_59_bar__minus_01_dot_47_bar__plus_02_dot_47 Drawer_bar__plus_02_dot_64_bar__plus_00_dot_73_bar__plus_01_dot_15)
(objectAtLocation Watch_bar__minus_00_dot_59_bar__minus_01_dot_47_bar__plus_02_dot_47 loc_bar__minus_1_bar__minus_7_bar_1_bar_30)
(pickupable Watch_bar__minus_00_dot_59_bar__minus_01_dot_47_bar__plus_02_dot_47)
(objectType Vase_bar__minus_01_dot_18_bar__minus_01_dot_42_bar__minus_01_dot_00 VaseType)
(inReceptacle Vase_bar__minus_01_dot_18_bar__minus_01_dot_42_bar__minus_01_dot_00 Shelf_bar__minus_02_dot_75_bar__plus_02_dot_37_bar__plus_00_dot_03)
(objectAtLocation Vase_bar__minus_01_dot_18_bar__minus_01_dot_42_bar__minus_01_dot_00 loc_bar_5_bar_3_bar_2_bar_45)
(pickupable Vase_bar__minus_01_dot_18_bar__minus_01_dot_42_bar__minus_01_dot_00)
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
                         (objectType ?o CDType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
