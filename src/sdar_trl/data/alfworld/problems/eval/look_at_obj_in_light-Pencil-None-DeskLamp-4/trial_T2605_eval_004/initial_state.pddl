(define (problem plan_trial_T2605_eval_004)
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
DeskLampType - otype
LaptopType - otype
PenType - otype
PencilType - otype
RemoteControlType - otype
VaseType - otype
WatchType - otype
DeskLamp_bar__minus_01_dot_43_bar__plus_02_dot_56_bar__plus_00_dot_78 - object
Pencil_bar__plus_02_dot_97_bar__plus_01_dot_27_bar__minus_00_dot_73 - object
AlarmClock_bar__plus_01_dot_30_bar__minus_01_dot_49_bar__plus_02_dot_61 - object
RemoteControl_bar__plus_00_dot_20_bar__plus_02_dot_73_bar__minus_00_dot_68 - object
Vase_bar__minus_00_dot_32_bar__minus_01_dot_48_bar__plus_00_dot_31 - object
Pen_bar__plus_02_dot_22_bar__minus_02_dot_47_bar__plus_01_dot_50 - object
Watch_bar__plus_00_dot_65_bar__plus_01_dot_72_bar__minus_02_dot_87 - object
Laptop_bar__plus_01_dot_56_bar__minus_02_dot_90_bar__plus_01_dot_50 - object
Bed_bar__minus_00_dot_28_bar__plus_00_dot_57_bar__plus_00_dot_82 - receptacle
Shelf_bar__minus_02_dot_92_bar__plus_02_dot_23_bar__plus_00_dot_89 - receptacle
Drawer_bar__plus_01_dot_31_bar__minus_02_dot_67_bar__minus_01_dot_61 - receptacle
Desk_bar__minus_01_dot_60_bar__minus_02_dot_58_bar__minus_00_dot_42 - receptacle
Shelf_bar__plus_02_dot_43_bar__plus_01_dot_44_bar__minus_01_dot_69 - receptacle
SideTable_bar__plus_00_dot_51_bar__plus_01_dot_56_bar__minus_01_dot_42 - receptacle
GarbageCan_bar__minus_01_dot_40_bar__plus_00_dot_36_bar__minus_02_dot_37 - receptacle
Dresser_bar__minus_01_dot_48_bar__plus_01_dot_25_bar__minus_02_dot_51 - receptacle
Drawer_bar__minus_02_dot_77_bar__minus_02_dot_32_bar__minus_01_dot_04 - receptacle
SideTable_bar__plus_01_dot_87_bar__plus_02_dot_18_bar__minus_02_dot_00 - receptacle
loc_bar_0_bar__minus_6_bar_0_bar_60 - location
loc_bar_10_bar_11_bar_0_bar_0 - location
loc_bar_2_bar__minus_4_bar_0_bar_0 - location
loc_bar_3_bar_1_bar_1_bar_30 - location
loc_bar_6_bar_3_bar_1_bar_45 - location
loc_bar_7_bar_0_bar_2_bar_0 - location
loc_bar_9_bar_9_bar_0_bar__minus_30 - location
loc_bar__minus_3_bar__minus_4_bar_0_bar_45 - location
loc_bar__minus_7_bar_9_bar_2_bar__minus_30 - location
loc_bar__minus_8_bar_8_bar_3_bar_0 - location
loc_bar__minus_9_bar__minus_9_bar_0_bar_45 - location
)
(:init
(atLocation agent1 loc_bar_10_bar_11_bar_0_bar_0)
(receptacleType Bed_bar__minus_00_dot_28_bar__plus_00_dot_57_bar__plus_00_dot_82 BedType)
(receptacleAtLocation Bed_bar__minus_00_dot_28_bar__plus_00_dot_57_bar__plus_00_dot_82 loc_bar__minus_3_bar__minus_4_bar_0_bar_45)
(receptacleType Shelf_bar__minus_02_dot_92_bar__plus_02_dot_23_bar__plus_00_dot_89 ShelfType)
(receptacleAtLocation Shelf_bar__minus_02_dot_92_bar__plus_02_dot_23_bar__plus_00_dot_89 loc_bar_7_bar_0_bar_2_bar_0)
(receptacleType Drawer_bar__plus_01_dot_31_bar__minus_02_dot_67_bar__minus_01_dot_61 DrawerType)
(receptacleAtLocation Drawer_bar__plus_01_dot_31_bar__minus_02_dot_67_bar__minus_01_dot_61 loc_bar_3_bar_1_bar_1_bar_30)
(openable Drawer_bar__plus_01_dot_31_bar__minus_02_dot_67_bar__minus_01_dot_61)
(receptacleType Desk_bar__minus_01_dot_60_bar__minus_02_dot_58_bar__minus_00_dot_42 DeskType)
(receptacleAtLocation Desk_bar__minus_01_dot_60_bar__minus_02_dot_58_bar__minus_00_dot_42 loc_bar__minus_7_bar_9_bar_2_bar__minus_30)
(receptacleType Shelf_bar__plus_02_dot_43_bar__plus_01_dot_44_bar__minus_01_dot_69 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_43_bar__plus_01_dot_44_bar__minus_01_dot_69 loc_bar_9_bar_9_bar_0_bar__minus_30)
(receptacleType SideTable_bar__plus_00_dot_51_bar__plus_01_dot_56_bar__minus_01_dot_42 SideTableType)
(receptacleAtLocation SideTable_bar__plus_00_dot_51_bar__plus_01_dot_56_bar__minus_01_dot_42 loc_bar__minus_8_bar_8_bar_3_bar_0)
(receptacleType GarbageCan_bar__minus_01_dot_40_bar__plus_00_dot_36_bar__minus_02_dot_37 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_01_dot_40_bar__plus_00_dot_36_bar__minus_02_dot_37 loc_bar_0_bar__minus_6_bar_0_bar_60)
(receptacleType Dresser_bar__minus_01_dot_48_bar__plus_01_dot_25_bar__minus_02_dot_51 DresserType)
(receptacleAtLocation Dresser_bar__minus_01_dot_48_bar__plus_01_dot_25_bar__minus_02_dot_51 loc_bar_2_bar__minus_4_bar_0_bar_0)
(receptacleType Drawer_bar__minus_02_dot_77_bar__minus_02_dot_32_bar__minus_01_dot_04 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_77_bar__minus_02_dot_32_bar__minus_01_dot_04 loc_bar__minus_9_bar__minus_9_bar_0_bar_45)
(openable Drawer_bar__minus_02_dot_77_bar__minus_02_dot_32_bar__minus_01_dot_04)
(receptacleType SideTable_bar__plus_01_dot_87_bar__plus_02_dot_18_bar__minus_02_dot_00 SideTableType)
(receptacleAtLocation SideTable_bar__plus_01_dot_87_bar__plus_02_dot_18_bar__minus_02_dot_00 loc_bar_6_bar_3_bar_1_bar_45)
(canContain BedType LaptopType)
(canContain DeskType AlarmClockType)
(canContain DeskType LaptopType)
(canContain DeskType PenType)
(canContain DeskType PencilType)
(canContain DeskType RemoteControlType)
(canContain DeskType VaseType)
(canContain DeskType WatchType)
(canContain DrawerType PenType)
(canContain DrawerType PencilType)
(canContain DrawerType RemoteControlType)
(canContain DrawerType WatchType)
(canContain DresserType AlarmClockType)
(canContain DresserType LaptopType)
(canContain DresserType PenType)
(canContain DresserType PencilType)
(canContain DresserType RemoteControlType)
(canContain DresserType VaseType)
(canContain DresserType WatchType)
(canContain GarbageCanType PenType)
(canContain GarbageCanType PencilType)
(canContain ShelfType AlarmClockType)
(canContain ShelfType PenType)
(canContain ShelfType PencilType)
(canContain ShelfType RemoteControlType)
(canContain ShelfType VaseType)
(canContain ShelfType WatchType)
(canContain SideTableType AlarmClockType)
(canContain SideTableType LaptopType)
(canContain SideTableType PenType)
(canContain SideTableType PencilType)
(canContain SideTableType RemoteControlType)
(canContain SideTableType VaseType)
(canContain SideTableType WatchType)
(objectType DeskLamp_bar__minus_01_dot_43_bar__plus_02_dot_56_bar__plus_00_dot_78 DeskLampType)
(inReceptacle DeskLamp_bar__minus_01_dot_43_bar__plus_02_dot_56_bar__plus_00_dot_78 Desk_bar__minus_01_dot_60_bar__minus_02_dot_58_bar__minus_00_dot_42)
(objectAtLocation DeskLamp_bar__minus_01_dot_43_bar__plus_02_dot_56_bar__plus_00_dot_78 loc_bar__minus_7_bar_9_bar_2_bar__minus_30)
(toggleable DeskLamp_bar__minus_01_dot_43_bar__plus_02_dot_56_bar__plus_00_dot_78)
(objectType Pencil_bar__plus_02_dot_97_bar__plus_01_dot_27_bar__minus_00_dot_73 PencilType)
(inReceptacle Pencil_bar__plus_02_dot_97_bar__plus_01_dot_27_bar__minus_00_dot_73 Desk_bar__minus_01_dot_60_bar__minus_02_dot_58_bar__minus_00_dot_42)
(objectAtLocation Pencil_bar__plus_02_dot_97_bar__plus_01_dot_27_bar__minus_00_dot_73 loc_bar__minus_7_bar_9_bar_2_bar__minus_30)
(pickupable Pencil_bar__plus_02_dot_97_bar__plus_01_dot_27_bar__minus_00_dot_73)
(objectType AlarmClock_bar__plus_01_dot_30_bar__minus_01_dot_49_bar__plus_02_dot_61 AlarmClockType)
(inReceptacle AlarmClock_bar__plus_01_dot_30_bar__minus_01_dot_49_bar__plus_02_dot_61 Desk_bar__minus_01_dot_60_bar__minus_02_dot_58_bar__minus_00_dot_42)
(objectAtLocation AlarmClock_bar__plus_01_dot_30_bar__minus_01_dot_49_bar__plus_02_dot_61 loc_bar__minus_7_bar_9_bar_2_bar__minus_30)
(pickupable AlarmClock_bar__plus_01_dot_30_bar__minus_01_dot_49_bar__plus_02_dot_61)
(objectType RemoteControl_bar__plus_00_dot_20_bar__plus_02_dot_73_bar__minus_00_dot_68 RemoteControlType)
(inReceptacle RemoteControl_bar__plus_00_dot_20_bar__plus_02_dot_73_bar__minus_00_dot_68 Desk_bar__minus_01_dot_60_bar__minus_02_dot_58_bar__minus_00_dot_42)
(objectAtLocation RemoteControl_bar__plus_00_dot_20_bar__plus_02_dot_73_bar__minus_00_dot_68 loc_bar__minus_7_bar_9_bar_2_bar__minus_30)
(pickupable RemoteControl_bar__plus_00_dot_20_bar__plus_02_dot_73_bar__minus_00_dot_68)
(objectType Vase_bar__minus_00_dot_32_bar__minus_01_dot_48_bar__plus_00_dot_31 VaseType)
(inReceptacle Vase_bar__minus_00_dot_32_bar__minus_01_dot_48_bar__plus_00_dot_31 Dresser_bar__minus_01_dot_48_bar__plus_01_dot_25_bar__minus_02_dot_51)
(objectAtLocation Vase_bar__minus_00_dot_32_bar__minus_01_dot_48_bar__plus_00_dot_31 loc_bar_2_bar__minus_4_bar_0_bar_0)
(pickupable Vase_bar__minus_00_dot_32_bar__minus_01_dot_48_bar__plus_00_dot_31)
(objectType Pen_bar__plus_02_dot_22_bar__minus_02_dot_47_bar__plus_01_dot_50 PenType)
(inReceptacle Pen_bar__plus_02_dot_22_bar__minus_02_dot_47_bar__plus_01_dot_50 Desk_bar__minus_01_dot_60_bar__minus_02_dot_58_bar__minus_00_dot_42)
(objectAtLocation Pen_bar__plus_02_dot_22_bar__minus_02_dot_47_bar__plus_01_dot_50 loc_bar__minus_7_bar_9_bar_2_bar__minus_30)
(pickupable Pen_bar__plus_02_dot_22_bar__minus_02_dot_47_bar__plus_01_dot_50)
(objectType Watch_bar__plus_00_dot_65_bar__plus_01_dot_72_bar__minus_02_dot_87 WatchType)
(inReceptacle Watch_bar__plus_00_dot_65_bar__plus_01_dot_72_bar__minus_02_dot_87 Dresser_bar__minus_01_dot_48_bar__plus_01_dot_25_bar__minus_02_dot_51)
(objectAtLocation Watch_bar__plus_00_dot_65_bar__plus_01_dot_72_bar__minus_02_dot_87 loc_bar_2_bar__minus_4_bar_0_bar_0)
(pickupable Watch_bar__plus_00_dot_65_bar__plus_01_dot_72_bar__minus_02_dot_87)
(objectType Laptop_bar__plus_01_dot_56_bar__minus_02_dot_90_bar__plus_01_dot_50 LaptopType)
(inReceptacle Laptop_bar__plus_01_dot_56_bar__minus_02_dot_90_bar__plus_01_dot_50 Bed_bar__minus_00_dot_28_bar__plus_00_dot_57_bar__plus_00_dot_82)
(objectAtLocation Laptop_bar__plus_01_dot_56_bar__minus_02_dot_90_bar__plus_01_dot_50 loc_bar__minus_3_bar__minus_4_bar_0_bar_45)
(pickupable Laptop_bar__plus_01_dot_56_bar__minus_02_dot_90_bar__plus_01_dot_50)
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
