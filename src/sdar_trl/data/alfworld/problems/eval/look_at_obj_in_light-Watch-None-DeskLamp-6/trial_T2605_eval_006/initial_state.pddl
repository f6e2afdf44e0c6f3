(define (problem plan_trial_T2605_eval_006)
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
CDType - otype
CellPhoneType - otype
DeskLampType - otype
PencilType - otype
RemoteControlType - otype
StatueType - otype
WatchType - otype
DeskLamp_bar__plus_01_dot_58_bar__minus_01_dot_95_bar__plus_02_dot_36 - object
Watch_bar__plus_02_dot_92_bar__minus_02_dot_58_bar__plus_00_dot_37 - object
Statue_bar__minus_00_dot_27_bar__plus_01_dot_14_bar__plus_02_dot_79 - object
CellPhone_bar__minus_00_dot_06_bar__plus_01_dot_41_bar__plus_01_dot_63 - object
Pencil_bar__plus_02_dot_61_bar__plus_01_dot_85_bar__minus_00_dot_75 - object
CD_bar__minus_01_dot_16_bar__plus_00_dot_06_bar__plus_01_dot_27 - object
Bowl_bar__minus_01_dot_98_bar__plus_00_dot_11_bar__plus_01_dot_95 - object
RemoteControl_bar__minus_02_dot_93_bar__minus_02_dot_67_bar__minus_02_dot_30 - object
SideTable_bar__minus_00_dot_31_bar__plus_00_dot_71_bar__plus_02_dot_84 - receptacle
Desk_bar__minus_02_dot_47_bar__plus_02_dot_37_bar__minus_00_dot_58 - receptacle
Shelf_bar__plus_00_dot_36_bar__plus_02_dot_07_bar__minus_00_dot_68 - receptacle
Bed_bar__plus_01_dot_55_bar__plus_02_dot_47_bar__plus_01_dot_47 - receptacle
Drawer_bar__minus_02_dot_86_bar__plus_01_dot_56_bar__minus_00_dot_76 - receptacle
SideTable_bar__plus_01_dot_75_bar__plus_00_dot_28_bar__minus_02_dot_42 - receptacle
GarbageCan_bar__plus_00_dot_82_bar__plus_01_dot_26_bar__plus_00_dot_98 - receptacle
Drawer_bar__minus_01_dot_31_bar__minus_00_dot_05_bar__plus_00_dot_49 - receptacle
Shelf_bar__plus_01_dot_04_bar__plus_00_dot_73_bar__plus_01_dot_36 - receptacle
Dresser_bar__plus_01_dot_97_bar__plus_00_dot_74_bar__plus_01_dot_10 - receptacle
loc_bar_11_bar_12_bar_0_bar_0 - location
loc_bar_1_bar_0_bar_3_bar_0 - location
loc_bar_1_bar_1_bar_2_bar__minus_30 - location
loc_bar_1_bar__minus_9_bar_3_bar__minus_30 - location
loc_bar_3_bar__minus_3_bar_0_bar_60 - location
loc_bar_3_bar__minus_9_bar_0_bar_30 - location
loc_bar_5_bar_4_bar_2_bar_45 - location
loc_bar_5_bar__minus_6_bar_1_bar_60 - location
loc_bar_8_bar__minus_3_bar_0_bar__minus_30 - location
loc_bar__minus_3_bar_1_bar_0_bar_45 - location
loc_bar__minus_4_bar_6_bar_2_bar__minus_30 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_12_bar_0_bar_0)
(receptacleType SideTable_bar__minus_00_dot_31_bar__plus_00_dot_71_bar__plus_02_dot_84 SideTableType)
(receptacleAtLocation SideTable_bar__minus_00_dot_31_bar__plus_00_dot_71_bar__plus_02_dot_84 loc_bar_3_bar__minus_9_bar_0_bar_30)
(receptacleType Desk_bar__minus_02_dot_47_bar__plus_02_dot_37_bar__minus_00_dot_58 DeskType)
(receptacleAtLocation Desk_bar__minus_02_dot_47_bar__plus_02_dot_37_bar__minus_00_dot_58 loc_bar_8_bar__minus_3_bar_0_bar__minus_30)
(receptacleType Shelf_bar__plus_00_dot_36_bar__plus_02_dot_07_bar__minus_00_dot_68 ShelfType)
(receptacleAtLocation Shelf_bar__plus_00_dot_36_bar__plus_02_dot_07_bar__minus_00_dot_68 loc_bar_5_bar__minus_6_bar_1_bar_60)
(receptacleType Bed_bar__plus_01_dot_55_bar__plus_02_dot_47_bar__plus_01_dot_47 BedType)
(receptacleAtLocation Bed_bar__plus_01_dot_55_bar__plus_02_dot_47_bar__plus_01_dot_47 loc_bar_1_bar__minus_9_bar_3_bar__minus_30)
(receptacleType Drawer_bar__minus_02_dot_86_bar__plus_01_dot_56_bar__minus_00_dot_76 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_86_bar__plus_01_dot_56_bar__minus_00_dot_76 loc_bar_1_bar_1_bar_2_bar__minus_30)
(openable Drawer_bar__minus_02_dot_86_bar__plus_01_dot_56_bar__minus_00_dot_76)
(receptacleType SideTable_bar__plus_01_dot_75_bar__plus_00_dot_28_bar__minus_02_dot_42 SideTableType)
(receptacleAtLocation SideTable_bar__plus_01_dot_75_bar__plus_00_dot_28_bar__minus_02_dot_42 loc_bar_5_bar_4_bar_2_bar_45)
(receptacleType GarbageCan_bar__plus_00_dot_82_bar__plus_01_dot_26_bar__plus_00_dot_98 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_00_dot_82_bar__plus_01_dot_26_bar__plus_00_dot_98 loc_bar_1_bar_0_bar_3_bar_0)
(receptacleType Drawer_bar__minus_01_dot_31_bar__minus_00_dot_05_bar__plus_00_dot_49 DrawerType)
(receptacleAtLocation Drawer_bar__minus_01_dot_31_bar__minus_00_dot_05_bar__plus_00_dot_49 loc_bar__minus_3_bar_1_bar_0_bar_45)
(openable Drawer_bar__minus_01_dot_31_bar__minus_00_dot_05_bar__plus_00_dot_49)
(receptacleType Shelf_bar__plus_01_dot_04_bar__plus_00_dot_73_bar__plus_01_dot_36 ShelfType)
(receptacleAtLocation Shelf_bar__plus_01_dot_04_bar__plus_00_dot_73_bar__plus_01_dot_36 loc_bar__minus_4_bar_6_bar_2_bar__minus_30)
(receptacleType Dresser_bar__plus_01_dot_97_bar__plus_00_dot_74_bar__plus_01_dot_10 DresserType)
(receptacleAtLocation Dresser_bar__plus_01_dot_97_bar__plus_00_dot_74_bar__plus_01_dot_10 loc_bar_3_bar__minus_3_bar_0_bar_60)
(canContain BedType CellPhoneType)
(canContain DeskType BowlType)
(canContain DeskType CDType)
(canContain DeskType CellPhoneType)
(canContain DeskType PencilType)
(canContain DeskType RemoteControlType)
(canContain DeskType StatueType)
(canContain DeskType WatchType)
(canContain DrawerType CDType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType PencilType)
(canContain DrawerType RemoteControlType)
(canContain DrawerType WatchType)
(canContain DresserType BowlType)
(canContain DresserType CDType)
(canContain DresserType CellPhoneType)
(canContain DresserType PencilType)
(canContain DresserType RemoteControlType)
(canContain DresserType StatueType)
(canContain DresserType WatchType)
(canContain GarbageCanType CDType)
(canContain GarbageCanType PencilType)
(canContain ShelfType BowlType)
(canContain ShelfType CDType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType PencilType)
(canContain ShelfType RemoteControlType)
(canContain ShelfType StatueType)
(canContain ShelfType WatchType)
(canContain SideTableType BowlType)
(canContain SideTableType CDType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType PencilType)
(canContain SideTableType RemoteControlType)
(canContain SideTableType StatueType)
(canContain SideTableType WatchType)
(objectType DeskLamp_bar__plus_01_dot_58_bar__minus_01_dot_95_bar__plus_02_dot_36 DeskLampType)
(inReceptacle DeskLamp_bar__plus_01_dot_58_bar__minus_01_dot_95_bar__plus_02_dot_36 Desk_bar__minus_02_dot_47_bar__plus_02_dot_37_bar__minus_00_dot_58)
(objectAtLocation DeskLamp_bar__plus_01_dot_58_bar__minus_01_dot_95_bar__plus_02_dot_36 loc_bar_8_bar__minus_3_bar_0_bar__minus_30)
(toggleable DeskLamp_bar__plus_01_dot_58_bar__minus_01_dot_95_bar__plus_02_dot_36)
(objectType Watch_bar__plus_02_dot_92_bar__minus_02_dot_58_bar__plus_00_dot_37 WatchType)
(inReceptacle Watch_bar__plus_02_dot_92_bar__minus_02_dot_58_bar__plus_00_dot_37 Shelf_bar__plus_00_dot_36_bar__plus_02_dot_07_bar__minus_00_dot_68)
(objectAtLocation Watch_bar__plus_02_dot_92_bar__minus_02_dot_58_bar__plus_00_dot_37 loc_bar_5_bar__minus_6_bar_1_bar_60)
(pickupable Watch_bar__plus_02_dot_92_bar__minus_02_dot_58_bar__plus_00_dot_37)
(objectType Statue_bar__minus_00_dot_27_bar__plus_01_dot_14_bar__plus_02_dot_79 StatueType)
(inReceptacle Statue_bar__minus_00_dot_27_bar__plus_01_dot_14_bar__plus_02_dot_79 Desk_bar__minus_02_dot_47_bar__plus_02_dot_37_bar__minus_00_dot_58)
(objectAtLocation Statue_bar__minus_00_dot_27_bar__plus_01_dot_14_bar__plus_02_dot_79 loc_bar_8_bar__minus_3_bar_0_bar__minus_30)
(pickupable Statue_bar__minus_00_dot_27_bar__plus_01_dot_14_bar__plus_02_dot_79)
(objectType CellPhone_bar__minus_00_dot_06_bar__plus_01_dot_41_bar__plus_01_dot_63 CellPhoneType)
(inReceptacle CellPhone_bar__minus_00_dot_06_bar__plus_01_dot_41_bar__plus_01_dot_63 Bed_bar__plus_01_dot_55_bar__plus_02_dot_47_bar__plus_01_dot_47)
(objectAtLocation CellPhone_bar__minus_00_dot_06_bar__plus_01_dot_41_bar__plus_01_dot_63 loc_bar_1_bar__minus_9_bar_3_bar__minus_30)
(pickupable CellPhone_bar__minus_00_dot_06_bar__plus_01_dot_41_bar__plus_01_dot_63)
(objectType Pencil_bar__plus_02_dot_61_bar__plus_01_dot_85_bar__minus_00_dot_75 PencilType)
(inReceptacle Pencil_bar__plus_02_dot_61_bar__plus_01_dot_85_bar__minus_00_dot_75 Desk_bar__minus_02_dot_47_bar__plus_02_dot_37_bar__minus_00_dot_58)
(objectAtLocation Pencil_bar__plus_02_dot_61_bar__plus_01_dot_85_bar__minus_00_dot_75 loc_bar_8_bar__minus_3_bar_0_bar__minus_30)
(pickupable Pencil_bar__plus_02_dot_61_bar__plus_01_dot_85_bar__minus_00_dot_75)
(objectType CD_bar__minus_01_dot_16_bar__plus_00_dot_06_bar__plus_01_dot_27 CDType)
(inReceptacle CD_bar__minus_01_dot_16_bar__plus_00_dot_06_bar__plus_01_dot_27 Desk_bar__minus_02_dot_47_bar__plus_02_dot_37_bar__minus_00_dot_58)
(objectAtLocation CD_bar__minus_01_dot_16_bar__plus_00_dot_06_bar__plus_01_dot_27 loc_bar_8_bar__minus_3_bar_0_bar__minus_30)
(pickupable CD_bar__minus_01_dot_16_bar__plus_00_dot_06_bar__plus_01_dot_27)
(objectType Bowl_bar__minus_01_dot_98_bar__plus_00_dot_11_bar__plus_01_dot_95 BowlType)
(inReceptacle Bowl_bar__minus_01_dot_98_bar__plus_00_dot_11_bar__plus_01_dot_95 Shelf_bar__plus_00_dot_36_bar__plus_02_dot_07_bar__minus_00_dot_68)
(objectAtLocation Bowl_bar__minus_01_dot_98_bar__plus_00_dot_11_bar__plus_01_dot_95 loc_bar_5_bar__minus_6_bar_1_bar_60)
(pickupable Bowl_bar__minus_01_dot_98_bar__plus_00_dot_11_bar__plus_01_dot_95)
(coolable Bowl_bar__minus_01_dot_98_bar__plus_00_dot_11_bar__plus_01_dot_95)
(cleanable Bowl_bar__minus_01_dot_98_bar__plus_00_dot_11_bar__plus_01_dot_95)
(isReceptacleObject Bowl_bar__minus_01_dot_98_bar__plus_00_dot_11_bar__plus_01_dot_95)
(objectType RemoteControl_bar__minus_02_dot_93_bar__minus_02_dot_67_bar__minus_02_dot_30 RemoteControlType)
(inReceptacle RemoteControl_bar__minus_02_dot_93_bar__minus_02_dot_67_bar__minus_02_dot_30 SideTable_bar__plus_01_dot_75_bar__plus_00_dot_28_bar__minus_02_dot_42)
(objectAtLocation RemoteControl_bar__minus_02_dot_93_bar__minus_02_dot_67_bar__minus_02_dot_30 loc_bar_5_bar_4_bar_2_bar_45)
(pickupable RemoteControl_bar__minus_02_dot_93_bar__minus_02_dot_67_bar__minus_02_dot_30)
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
