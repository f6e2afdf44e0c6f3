(define (problem plan_trial_T2605_train_016)
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
CDType - otype
CellPhoneType - otype
DeskLampType - otype
MugType - otype
PillowType - otype
RemoteControlType - otype
DeskLamp_bar__minus_02_dot_55_bar__minus_01_dot_76_bar__minus_01_dot_21 - object
AlarmClock_bar__minus_00_dot_62_bar__minus_01_dot_27_bar__minus_01_dot_76 - object
RemoteControl_bar__plus_02_dot_49_bar__minus_01_dot_85_bar__minus_01_dot_02 - object
CellPhone_bar__minus_01_dot_24_bar__minus_00_dot_52_bar__plus_02_dot_59 - object
Pillow_bar__plus_02_dot_64_bar__minus_00_dot_37_bar__plus_00_dot_56 - object
Book_bar__plus_00_dot_03_bar__minus_00_dot_30_bar__minus_02_dot_51 - object
CD_bar__plus_01_dot_79_bar__plus_01_dot_96_bar__minus_02_dot_87 - object
Mug_bar__minus_01_dot_67_bar__plus_01_dot_90_bar__minus_02_dot_24 - object
Drawer_bar__minus_01_dot_21_bar__plus_00_dot_21_bar__minus_02_dot_86 - receptacle
Dresser_bar__minus_01_dot_90_bar__minus_00_dot_77_bar__minus_01_dot_67 - receptacle
Shelf_bar__minus_02_dot_88_bar__plus_01_dot_79_bar__plus_01_dot_51 - receptacle
Bed_bar__plus_01_dot_61_bar__minus_00_dot_61_bar__minus_00_dot_27 - receptacle
Desk_bar__minus_00_dot_61_bar__plus_02_dot_85_bar__plus_00_dot_66 - receptacle
SideTable_bar__minus_00_dot_83_bar__plus_02_dot_74_bar__minus_00_dot_22 - receptacle
Shelf_bar__minus_02_dot_73_bar__plus_01_dot_29_bar__minus_01_dot_82 - receptacle
GarbageCan_bar__plus_00_dot_50_bar__plus_00_dot_55_bar__minus_02_dot_57 - receptacle
Drawer_bar__minus_00_dot_30_bar__minus_02_dot_16_bar__minus_01_dot_37 - receptacle
SideTable_bar__plus_02_dot_86_bar__plus_02_dot_17_bar__plus_00_dot_86 - receptacle
loc_bar_0_bar_0_bar_3_bar_60 - location
loc_bar_11_bar_11_bar_0_bar_0 - location
loc_bar_4_bar__minus_6_bar_3_bar_0 - location
loc_bar_7_bar_1_bar_1_bar_30 - location
loc_bar_8_bar_9_bar_3_bar__minus_30 - location
loc_bar_9_bar_6_bar_2_bar__minus_30 - location
loc_bar__minus_1_bar__minus_5_bar_1_bar_30 - location
loc_bar__minus_7_bar_3_bar_1_bar_60 - location
loc_bar__minus_7_bar__minus_7_bar_3_bar_45 - location
loc_bar__minus_7_bar__minus_9_bar_3_bar__minus_30 - location
loc_bar__minus_9_bar__minus_8_bar_1_bar_45 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_11_bar_0_bar_0)
(receptacleType Drawer_bar__minus_01_dot_21_bar__plus_00_dot_21_bar__minus_02_dot_86 DrawerType)
(receptacleAtLocation Drawer_bar__minus_01_dot_21_bar__plus_00_dot_21_bar__minus_02_dot_86 loc_bar_7_bar_1_bar_1_bar_30)
(openable Drawer_bar__minus_01_dot_21_bar__plus_00_dot_21_bar__minus_02_dot_86)
(receptacleType Dresser_bar__minus_01_dot_90_bar__minus_00_dot_77_bar__minus_01_dot_67 DresserType)
(receptacleAtLocation Dresser_bar__minus_01_dot_90_bar__minus_00_dot_77_bar__minus_01_dot_67 loc_bar__minus_9_bar__minus_8_bar_1_bar_45)
(receptacleType Shelf_bar__minus_02_dot_88_bar__plus_01_dot_79_bar__plus_01_dot_51 ShelfType)
(receptacleAtLocation Shelf_bar__minus_02_dot_88_bar__plus_01_dot_79_bar__plus_01_dot_51 loc_bar__minus_1_bar__minus_5_bar_1_bar_30)
(receptacleType Bed_bar__plus_01_dot_61_bar__minus_00_dot_61_bar__minus_00_dot_27 BedType)
(receptacleAtLocation Bed_bar__plus_01_dot_61_bar__minus_00_dot_61_bar__minus_00_dot_27 loc_bar__minus_7_bar__minus_7_bar_3_bar_45)
(receptacleType Desk_bar__minus_00_dot_61_bar__plus_02_dot_85_bar__plus_00_dot_66 DeskType)
(receptacleAtLocation Desk_bar__minus_00_dot_61_bar__plus_02_dot_85_bar__plus_00_dot_66 loc_bar_4_bar__minus_6_bar_3_bar_0)
(receptacleType SideTable_bar__minus_00_dot_83_bar__plus_02_dot_74_bar__minus_00_dot_22 SideTableType)
(receptacleAtLocation SideTable_bar__minus_00_dot_83_bar__plus_02_dot_74_bar__minus_00_dot_22 loc_bar_8_bar_9_bar_3_bar__minus_30)
(receptacleType Shelf_bar__minus_02_dot_73_bar__plus_01_dot_29_bar__minus_01_dot_82 ShelfType)
(receptacleAtLocation Shelf_bar__minus_02_dot_73_bar__plus_01_dot_29_bar__minus_01_dot_82 loc_bar__minus_7_bar_3_bar_1_bar_60)
(receptacleType GarbageCan_bar__plus_00_dot_50_bar__plus_00_dot_55_bar__minus_02_dot_57 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_00_dot_50_bar__plus_00_dot_55_bar__minus_02_dot_57 loc_bar__minus_7_bar__minus_9_bar_3_bar__minus_30)
(receptacleType Drawer_bar__minus_00_dot_30_bar__minus_02_dot_16_bar__minus_01_dot_37 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_30_bar__minus_02_dot_16_bar__minus_01_dot_37 loc_bar_0_bar_0_bar_3_bar_60)
(openable Drawer_bar__minus_00_dot_30_bar__minus_02_dot_16_bar__minus_01_dot_37)
(receptacleType SideTable_bar__plus_02_dot_86_bar__plus_02_dot_17_bar__plus_00_dot_86 SideTableType)
(receptacleAtLocation SideTable_bar__plus_02_dot_86_bar__plus_02_dot_17_bar__plus_00_dot_86 loc_bar_9_bar_6_bar_2_bar__minus_30)
(canContain BedType BookType)
(canContain BedType CellPhoneType)
(canContain BedType PillowType)
(canContain DeskType AlarmClockType)
(canContain DeskType BookType)
(canContain DeskType CDType)
(canContain DeskType CellPhoneType)
(canContain DeskType MugType)
(canContain DeskType RemoteControlType)
(canContain DrawerType BookType)
(canContain DrawerType CDType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType RemoteControlType)
(canContain DresserType AlarmClockType)
(canContain DresserType BookType)
(canContain DresserType CDType)
(canContain DresserType CellPhoneType)
(canContain DresserType MugType)
(canContain DresserType RemoteControlType)
(canContain GarbageCanType CDType)
(canContain ShelfType AlarmClockType)
(canContain ShelfType BookType)
(canContain ShelfType CDType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType MugType)
(canContain ShelfType RemoteControlType)
(canContain SideTableType AlarmClockType)
(canContain SideTableType BookType)
(canContain SideTableType CDType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType MugType)
(canContain SideTableType RemoteControlType)
(objectType DeskLamp_bar__minus_02_dot_55_bar__minus_01_dot_76_bar__minus_01_dot_21 DeskLampType)
(inReceptacle DeskLamp_bar__minus_02_dot_55_bar__minus_01_dot_76_bar__minus_01_dot_21 SideTable_bar__minus_00_dot_83_bar__plus_02_dot_74_bar__minus_00_dot_22)
(objectAtLocation DeskLamp_bar__minus_02_dot_55_bar__minus_01_dot_76_bar__minus_01_dot_21 loc_bar_8_bar_9_bar_3_bar__minus_30)
(toggleable DeskLamp_bar__minus_02_dot_55_bar__minus_01_dot_76_bar__minus_01_dot_21)
(objectType AlarmClock_bar__minus_00_dot_62_bar__minus_01_dot_27_bar__minus_01_dot_76 AlarmClockType)
(inReceptacle AlarmClock_bar__minus_00_dot_62_bar__minus_01_dot_27_bar__minus_01_dot_76 Shelf_bar__minus_02_dot_88_bar__plus_01_dot_79_bar__plus_01_dot_51)
(objectAtLocation AlarmClock_bar__minus_00_dot_62_bar__minus_01_dot_27_bar__minus_01_dot_76 loc_bar__minus_1_bar__minus_5_bar_1_bar_30)
(pickupable AlarmClock_bar__minus_00_dot_62_bar__minus_01_dot_27_bar__minus_01_dot_76)
(objectType RemoteControl_bar__plus_02_dot_49_bar__minus_01_dot_85_bar__minus_01_dot_02 RemoteControlType)
(inReceptacle RemoteControl_bar__plus_02_dot_49_bar__minus_01_dot_85_bar__minus_01_dot_02 Shelf_bar__minus_02_dot_73_bar__plus_01_dot_29_bar__minus_01_dot_82)
(objectAtLocation RemoteControl_bar__plus_02_dot_49_bar__minus_01_dot_85_bar__minus_01_dot_02 loc_bar__minus_7_bar_3_bar_1_bar_60)
(pickupable RemoteControl_bar__plus_02_dot_49_bar__minus_01_dot_85_bar__minus_01_dot_02)
(objectType CellPhone_bar__minus_01_dot_24_bar__minus_00_dot_52_bar__plus_02_dot_59 CellPhoneType)
(inReceptacle CellPhone_bar__minus_01_dot_24_bar__minus_00_dot_52_bar__plus_02_dot_59 Bed_bar__plus_01_dot_61_bar__minus_00_dot_61_bar__minus_00_dot_27)
(objectAtLocation CellPhone_bar__minus_01_dot_24_bar__minus_00_dot_52_bar__plus_02_dot_59 loc_bar__minus_7_bar__minus_7_bar_3_bar_45)
(pickupable CellPhone_bar__minus_01_dot_24_bar__minus_00_dot_52_bar__plus_02_dot_59)
(objectType Pillow_bar__plus_02_dot_64_bar__minus_00_dot_37_bar__plus_00_dot_56 PillowType)
(inReceptacle Pillow_bar__plus_02_dot_64_bar__minus_00_dot_37_bar__plus_00_dot_56 Bed_bar__plus_01_dot_61_bar__minus_00_dot_61_bar__minus_00_dot_27)
(objectAtLocation Pillow_bar__plus_02_dot_64_bar__minus_00_dot_37_bar__plus_00_dot_56 loc_bar__minus_7_bar__minus_7_bar_3_bar_45)
(pickupable Pillow_bar__plus_02_dot_64_bar__minus_00_dot_37_bar__plus_00_dot_56)
(objectType Book_bar__plus_00_dot_03_bar__minus_00_dot_30_bar__minus_02_dot_51 BookType)
(inReceptacle Book_bar__plus_00_dot_03_bar__minus_00_dot_30_bar__minus_02_dot_51 Bed_bar__plus_01_dot_61_bar__minus_00_dot_61_bar__minus_00_dot_27)
(objectAtLocation Book_bar__plus_00_dot_03_bar__minus_00_dot_30_bar__minus_02_dot_51 loc_bar__minus_7_bar__minus_7_bar_3_bar_45)
(pickupable Book_bar__plus_00_dot_03_bar__minus_00_dot_30_bar__minus_02_dot_51)
(objectType CD_bar__plus_01_dot_79_bar__plus_01_dot_96_bar__minus_02_dot_87 CDType)
(inReceptacle CD_bar__plus_01_dot_79_bar__plus_01_dot_96_bar__minus_02_dot_87 Desk_bar__minus_00_dot_61_bar__plus_02_dot_85_bar__plus_00_dot_66)
(objectAtLocation CD_bar__plus_01_dot_79_bar__plus_01_dot_96_bar__minus_02_dot_87 loc_bar_4_bar__minus_6_bar_3_bar_0)
(pickupable CD_bar__plus_01_dot_79_bar__plus_01_dot_96_bar__minus_02_dot_87)
(objectType Mug_bar__minus_01_dot_67_bar__plus_01_dot_90_bar__minus_02_dot_24 MugType)
(inReceptacle Mug_bar__minus_01_dot_67_bar__plus_01_dot_90_bar__minus_02_dot_24 Desk_bar__minus_00_dot_61_bar__plus_02_dot_85_bar__plus_00_dot_66)
(objectAtLocation Mug_bar__minus_01_dot_67_bar__plus_01_dot_90_bar__minus_02_dot_24 loc_bar_4_bar__minus_6_bar_3_bar_0)
(pickupable Mug_bar__minus_01_dot_67_bar__plus_01_dot_90_bar__minus_02_dot_24)
(heatable Mug_bar__minus_01_dot_67_bar__plus_01_dot_90_bar__minus_02_dot_24)
(coolable Mug_bar__minus_01_dot_67_bar__plus_01_dot_90_bar__minus_02_dot_24)
(cleanable Mug_bar__minus_01_dot_67_bar__plus_01_dot_90_bar__minus_02_dot_24)
(isReceptacleObject Mug_bar__minus_01_dot_67_bar__plus_01_dot_90_bar__minus_02_dot_24)
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
