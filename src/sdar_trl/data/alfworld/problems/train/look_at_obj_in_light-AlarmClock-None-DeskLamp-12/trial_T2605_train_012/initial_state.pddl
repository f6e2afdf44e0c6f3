(define (problem plan_trial_T2605_train_012)
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
KeyChainType - otype
MugType - otype
PenType - otype
PillowType - otype
RemoteControlType - otype
DeskLamp_bar__minus_01_dot_84_bar__plus_02_dot_52_bar__minus_02_dot_36 - object
AlarmClock_bar__plus_02_dot_53_bar__plus_02_dot_61_bar__minus_02_dot_98 - object
RemoteControl_bar__minus_00_dot_71_bar__minus_02_dot_29_bar__plus_00_dot_98 - object
Book_bar__minus_00_dot_81_bar__minus_00_dot_14_bar__minus_01_dot_26 - object
Mug_bar__minus_02_dot_12_bar__plus_01_dot_04_bar__minus_01_dot_49 - object
KeyChain_bar__minus_02_dot_78_bar__minus_01_dot_19_bar__minus_00_dot_17 - object
Pillow_bar__minus_00_dot_89_bar__minus_00_dot_31_bar__plus_00_dot_15 - object
Pen_bar__plus_01_dot_76_bar__minus_00_dot_44_bar__minus_02_dot_94 - object
Shelf_bar__plus_02_dot_30_bar__plus_00_dot_36_bar__minus_02_dot_06 - receptacle
SideTable_bar__plus_02_dot_28_bar__minus_01_dot_46_bar__minus_02_dot_92 - receptacle
Drawer_bar__plus_01_dot_02_bar__plus_00_dot_31_bar__minus_02_dot_29 - receptacle
SideTable_bar__plus_01_dot_76_bar__plus_01_dot_25_bar__minus_02_dot_76 - receptacle
Desk_bar__minus_01_dot_20_bar__minus_01_dot_11_bar__minus_02_dot_60 - receptacle
Drawer_bar__minus_02_dot_57_bar__plus_02_dot_67_bar__plus_01_dot_42 - receptacle
GarbageCan_bar__minus_01_dot_79_bar__minus_00_dot_24_bar__minus_00_dot_71 - receptacle
Dresser_bar__plus_02_dot_72_bar__minus_02_dot_00_bar__minus_00_dot_02 - receptacle
Bed_bar__minus_01_dot_24_bar__minus_00_dot_37_bar__minus_00_dot_77 - receptacle
Shelf_bar__plus_02_dot_53_bar__plus_00_dot_04_bar__plus_00_dot_92 - receptacle
loc_bar_0_bar__minus_2_bar_0_bar_45 - location
loc_bar_12_bar_11_bar_0_bar_0 - location
loc_bar_3_bar__minus_8_bar_2_bar_30 - location
loc_bar_4_bar__minus_4_bar_1_bar__minus_30 - location
loc_bar_6_bar_9_bar_0_bar_0 - location
loc_bar_8_bar_1_bar_2_bar_60 - location
loc_bar__minus_1_bar_2_bar_3_bar_0 - location
loc_bar__minus_3_bar__minus_4_bar_2_bar_0 - location
loc_bar__minus_4_bar_2_bar_1_bar_45 - location
loc_bar__minus_4_bar__minus_3_bar_0_bar__minus_30 - location
loc_bar__minus_8_bar_9_bar_0_bar_30 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_11_bar_0_bar_0)
(receptacleType Shelf_bar__plus_02_dot_30_bar__plus_00_dot_36_bar__minus_02_dot_06 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_30_bar__plus_00_dot_36_bar__minus_02_dot_06 loc_bar__minus_8_bar_9_bar_0_bar_30)
(receptacleType SideTable_bar__plus_02_dot_28_bar__minus_01_dot_46_bar__minus_02_dot_92 SideTableType)
(receptacleAtLocation SideTable_bar__plus_02_dot_28_bar__minus_01_dot_46_bar__minus_02_dot_92 loc_bar__minus_3_bar__minus_4_bar_2_bar_0)
(receptacleType Drawer_bar__plus_01_dot_02_bar__plus_00_dot_31_bar__minus_02_dot_29 DrawerType)
(receptacleAtLocation Drawer_bar__plus_01_dot_02_bar__plus_00_dot_31_bar__minus_02_dot_29 loc_bar__minus_1_bar_2_bar_3_bar_0)
(openable Drawer_bar__plus_01_dot_02_bar__plus_00_dot_31_bar__minus_02_dot_29)
(receptacleType SideTable_bar__plus_01_dot_76_bar__plus_01_dot_25_bar__minus_02_dot_76 SideTableType)
(receptacleAtLocation SideTable_bar__plus_01_dot_76_bar__plus_01_dot_25_bar__minus_02_dot_76 loc_bar__minus_4_bar__minus_3_bar_0_bar__minus_30)
(receptacleType Desk_bar__minus_01_dot_20_bar__minus_01_dot_11_bar__minus_02_dot_60 DeskType)
(receptacleAtLocation Desk_bar__minus_01_dot_20_bar__minus_01_dot_11_bar__minus_02_dot_60 loc_bar_0_bar__minus_2_bar_0_bar_45)
(receptacleType Drawer_bar__minus_02_dot_57_bar__plus_02_dot_67_bar__plus_01_dot_42 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_57_bar__plus_02_dot_67_bar__plus_01_dot_42 loc_bar_6_bar_9_bar_0_bar_0)
(openable Drawer_bar__minus_02_dot_57_bar__plus_02_dot_67_bar__plus_01_dot_42)
(receptacleType GarbageCan_bar__minus_01_dot_79_bar__minus_00_dot_24_bar__minus_00_dot_71 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_01_dot_79_bar__minus_00_dot_24_bar__minus_00_dot_71 loc_bar_3_bar__minus_8_bar_2_bar_30)
(receptacleType Dresser_bar__plus_02_dot_72_bar__minus_02_dot_00_bar__minus_00_dot_02 DresserType)
(receptacleAtLocation Dresser_bar__plus_02_dot_72_bar__minus_02_dot_00_bar__minus_00_dot_02 loc_bar_8_bar_1_bar_2_bar_60)
(receptacleType Bed_bar__minus_01_dot_24_bar__minus_00_dot_37_bar__minus_00_dot_77 BedType)
(receptacleAtLocation Bed_bar__minus_01_dot_24_bar__minus_00_dot_37_bar__minus_00_dot_77 loc_bar__minus_4_bar_2_bar_1_bar_45)
(receptacleType Shelf_bar__plus_02_dot_53_bar__plus_00_dot_04_bar__plus_00_dot_92 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_53_bar__plus_00_dot_04_bar__plus_00_dot_92 loc_bar_4_bar__minus_4_bar_1_bar__minus_30)
(canContain BedType BookType)
(canContain BedType PillowType)
(canContain DeskType AlarmClockType)
(canContain DeskType BookType)
(canContain DeskType KeyChainType)
(canContain DeskType MugType)
(canContain DeskType PenType)
(canContain DeskType RemoteControlType)
(canContain DrawerType BookType)
(canContain DrawerType KeyChainType)
(canContain DrawerType PenType)
(canContain DrawerType RemoteControlType)
(canContain DresserType AlarmClockType)
(canContain DresserType BookType)
(canContain DresserType KeyChainType)
(canContain DresserType MugType)
(canContain DresserType PenType)
(canContain DresserType RemoteControlType)
(canContain GarbageCanType PenType)
(canContain ShelfType AlarmClockType)
(canContain ShelfType BookType)
(canContain ShelfType KeyChainType)
(canContain ShelfType MugType)
(canContain ShelfType PenType)
(canContain ShelfType RemoteControlType)
(canContain SideTableType AlarmClockType)
(canContain SideTableType BookType)
(canContain SideTableType KeyChainType)
(canContain SideTableType MugType)
(canContain SideTableType PenType)
(canContain SideTableType RemoteControlType)
(objectType DeskLamp_bar__minus_01_dot_84_bar__plus_02_dot_52_bar__minus_02_dot_36 DeskLampType)
(inReceptacle DeskLamp_bar__minus_01_dot_84_bar__plus_02_dot_52_bar__minus_02_dot_36 Desk_bar__minus_01_dot_20_bar__minus_01_dot_11_bar__minus_02_dot_60)
(objectAtLocation DeskLamp_bar__minus_01_dot_84_bar__plus_02_dot_52_bar__minus_02_dot_36 loc_bar_0_bar__minus_2_bar_0_bar_45)
(toggleable DeskLamp_bar__minus_01_dot_84_bar__plus_02_dot_52_bar__minus_02_dot_36)
(objectType AlarmClock_bar__plus_02_dot_53_bar__plus_02_dot_61_bar__minus_02_dot_98 AlarmClockType)
(inReceptacle AlarmClock_bar__plus_02_dot_53_bar__plus_02_dot_61_bar__minus_02_dot_98 Desk_bar__minus_01_dot_20_bar__minus_01_dot_11_bar__minus_02_dot_60)
(objectAtLocation AlarmClock_bar__plus_02_dot_53_bar__plus_02_dot_61_bar__minus_02_dot_98 loc_bar_0_bar__minus_2_bar_0_bar_45)
(pickupable AlarmClock_bar__plus_02_dot_53_bar__plus_02_dot_61_bar__minus_02_dot_98)
(objectType RemoteControl_bar__minus_00_dot_71_bar__minus_02_dot_29_bar__plus_00_dot_98 RemoteControlType)
(inReceptacle RemoteControl_bar__minus_00_dot_71_bar__minus_02_dot_29_bar__plus_00_dot_98 Shelf_bar__plus_02_dot_53_bar__plus_00_dot_04_bar__plus_00_dot_92)
(objectAtLocation RemoteControl_bar__minus_00_dot_71_bar__minus_02_dot_29_bar__plus_00_dot_98 loc_bar_4_bar__minus_4_bar_1_bar__minus_30)
(pickupable RemoteControl_bar__minus_00_dot_71_bar__minus_02_dot_29_bar__plus_00_dot_98)
(objectType Book_bar__minus_00_dot_81_bar__minus_00_dot_14_bar__minus_01_dot_26 BookType)
(inReceptacle Book_bar__minus_00_dot_81_bar__minus_00_dot_14_bar__minus_01_dot_26 Bed_bar__minus_01_dot_24_bar__minus_00_dot_37_bar__minus_00_dot_77)
(objectAtLocation Book_bar__minus_00_dot_81_bar__minus_00_dot_14_bar__minus_01_dot_26 loc_bar__minus_4_bar_2_bar_1_bar_45)
(pickupable Book_bar__minus_00_dot_81_bar__minus_00_dot_14_bar__minus_01_dot_26)
(objectType Mug_bar__minus_02_dot_12_bar__plus_01_dot_04_bar__minus_01_dot_49 MugType)
(inReceptacle Mug_bar__minus_02_dot_12_bar__plus_01_dot_04_bar__minus_01_dot_49 SideTable_bar__plus_01_dot_76_bar__plus_01_dot_25_bar__minus_02_dot_76)
(objectAtLocation Mug_bar__minus_02_dot_12_bar__plus_01_dot_04_bar__minus_01_dot_49 loc_bar__minus_4_bar__minus_3_bar_0_bar__minus_30)
(pickupable Mug_bar__minus_02_dot_12_bar__plus_01_dot_04_bar__minus_01_dot_49)
(heatable Mug_bar__minus_02_dot_12_bar__plus_01_dot_04_bar__minus_01_dot_49)
(coolable Mug_bar__minus_02_dot_12_bar__plus_01_dot_04_bar__minus_01_dot_49)
(cleanable Mug_bar__minus_02_dot_12_bar__plus_01_dot_04_bar__minus_01_dot_49)
(isReceptacleObject Mug_bar__minus_02_dot_12_bar__plus_01_dot_04_bar__minus_01_dot_49)
(objectType KeyChain_bar__minus_02_dot_78_bar__minus_01_dot_19_bar__minus_00_dot_17 KeyChainType)
(inReceptacle KeyChain_bar__minus_02_dot_78_bar__minus_01_dot_19_bar__minus_00_dot_17 Dresser_bar__plus_02_dot_72_bar__minus_02_dot_00_bar__minus_00_dot_02)
(objectAtLocation KeyChain_bar__minus_02_dot_78_bar__minus_01_dot_19_bar__minus_00_dot_17 loc_bar_8_bar_1_bar_2_bar_60)
(pickupable KeyChain_bar__minus_02_dot_78_bar__minus_01_dot_19_bar__minus_00_dot_17)
(objectType Pillow_bar__minus_00_dot_89_bar__minus_00_dot_31_bar__plus_00_dot_15 PillowType)
(inReceptacle Pillow_bar__minus_00_dot_89_bar__minus_00_dot_31_bar__plus_00_dot_15 Bed_bar__minus_01_dot_24_bar__minus_00_dot_37_bar__minus_00_dot_77)
(objectAtLocation Pillow_bar__minus_00_dot_89_bar__minus_00_dot_31_bar__plus_00_dot_15 loc_bar__minus_4_bar_2_bar_1_bar_45)
(pickupable Pillow_bar__minus_00_dot_89_bar__minus_00_dot_31_bar__plus_00_dot_15)
(objectType Pen_bar__plus_01_dot_76_bar__minus_00_dot_44_bar__minus_02_dot_94 PenType)
(inReceptacle Pen_bar__plus_01_dot_76_bar__minus_00_dot_44_bar__minus_02_dot_94 Desk_bar__minus_01_dot_20_bar__minus_01_dot_11_bar__minus_02_dot_60)
(objectAtLocation Pen_bar__plus_01_dot_76_bar__minus_00_dot_44_bar__minus_02_dot_94 loc_bar_0_bar__minus_2_bar_0_bar_45)
(pickupable Pen_bar__plus_01_dot_76_bar__minus_00_dot_44_bar__minus_02_dot_94)
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
                         (objectType ?o AlarmClockType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
