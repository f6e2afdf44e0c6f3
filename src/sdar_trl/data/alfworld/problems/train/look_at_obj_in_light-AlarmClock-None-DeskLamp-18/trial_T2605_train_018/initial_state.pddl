(define (problem plan_trial_T2605_train_018)
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
KeyChainType - otype
LaptopType - otype
PenType - otype
PencilType - otype
RemoteControlType - otype
WatchType - otype
DeskLamp_bar__plus_02_dot_02_bar__minus_01_dot_38_bar__plus_00_dot_64 - object
AlarmClock_bar__minus_00_dot_72_bar__plus_00_dot_72_bar__plus_01_dot_29 - object
Watch_bar__minus_00_dot_87_bar__plus_02_dot_47_bar__plus_02_dot_64 - object
Pen_bar__minus_00_dot_92_bar__plus_00_dot_67_bar__minus_01_dot_16 - object
Pencil_bar__minus_02_dot_50_bar__plus_02_dot_79_bar__minus_01_dot_67 - object
RemoteControl_bar__plus_02_dot_57_bar__plus_00_dot_76_bar__plus_00_dot_30 - object
Laptop_bar__plus_02_dot_31_bar__minus_02_dot_11_bar__plus_01_dot_75 - object
KeyChain_bar__plus_00_dot_15_bar__minus_01_dot_79_bar__plus_02_dot_71 - object
Shelf_bar__minus_00_dot_73_bar__minus_01_dot_26_bar__minus_00_dot_46 - receptacle
Drawer_bar__plus_01_dot_24_bar__plus_02_dot_22_bar__minus_00_dot_42 - receptacle
SideTable_bar__plus_01_dot_54_bar__plus_00_dot_64_bar__minus_01_dot_43 - receptacle
Bed_bar__minus_01_dot_12_bar__minus_01_dot_63_bar__plus_01_dot_76 - receptacle
Shelf_bar__plus_01_dot_00_bar__plus_00_dot_20_bar__minus_01_dot_67 - receptacle
Drawer_bar__plus_02_dot_13_bar__minus_01_dot_97_bar__plus_00_dot_51 - receptacle
Desk_bar__minus_01_dot_80_bar__plus_01_dot_81_bar__plus_00_dot_40 - receptacle
Dresser_bar__plus_01_dot_26_bar__minus_00_dot_95_bar__minus_02_dot_33 - receptacle
GarbageCan_bar__minus_00_dot_27_bar__plus_02_dot_94_bar__plus_01_dot_80 - receptacle
SideTable_bar__minus_01_dot_59_bar__minus_01_dot_94_bar__plus_00_dot_67 - receptacle
loc_bar_0_bar_4_bar_0_bar_60 - location
loc_bar_10_bar_10_bar_0_bar_0 - location
loc_bar_1_bar_4_bar_2_bar_45 - location
loc_bar_2_bar_8_bar_1_bar__minus_30 - location
loc_bar_2_bar__minus_7_bar_3_bar_30 - location
loc_bar_3_bar__minus_5_bar_0_bar_45 - location
loc_bar_6_bar__minus_4_bar_3_bar_45 - location
loc_bar_7_bar__minus_5_bar_2_bar_30 - location
loc_bar_9_bar_6_bar_2_bar_30 - location
loc_bar__minus_2_bar__minus_4_bar_1_bar_60 - location
loc_bar__minus_5_bar_0_bar_0_bar_60 - location
)
(:init
(atLocation agent1 loc_bar_10_bar_10_bar_0_bar_0)
(receptacleType Shelf_bar__minus_00_dot_73_bar__minus_01_dot_26_bar__minus_00_dot_46 ShelfType)
(receptacleAtLocation Shelf_bar__minus_00_dot_73_bar__minus_01_dot_26_bar__minus_00_dot_46 loc_bar__minus_2_bar__minus_4_bar_1_bar_60)
(receptacleType Drawer_bar__plus_01_dot_24_bar__plus_02_dot_22_bar__minus_00_dot_42 DrawerType)
(receptacleAtLocation Drawer_bar__plus_01_dot_24_bar__plus_02_dot_22_bar__minus_00_dot_42 loc_bar_0_bar_4_bar_0_bar_60)
(openable Drawer_bar__plus_01_dot_24_bar__plus_02_dot_22_bar__minus_00_dot_42)
(receptacleType SideTable_bar__plus_01_dot_54_bar__plus_00_dot_64_bar__minus_01_dot_43 SideTableType)
(receptacleAtLocation SideTable_bar__plus_01_dot_54_bar__plus_00_dot_64_bar__minus_01_dot_43 loc_bar__minus_5_bar_0_bar_0_bar_60)
(receptacleType Bed_bar__minus_01_dot_12_bar__minus_01_dot_63_bar__plus_01_dot_76 BedType)
(receptacleAtLocation Bed_bar__minus_01_dot_12_bar__minus_01_dot_63_bar__plus_01_dot_76 loc_bar_3_bar__minus_5_bar_0_bar_45)
(receptacleType Shelf_bar__plus_01_dot_00_bar__plus_00_dot_20_bar__minus_01_dot_67 ShelfType)
(receptacleAtLocation Shelf_bar__plus_01_dot_00_bar__plus_00_dot_20_bar__minus_01_dot_67 loc_bar_1_bar_4_bar_2_bar_45)
(receptacleType Drawer_bar__plus_02_dot_13_bar__minus_01_dot_97_bar__plus_00_dot_51 DrawerType)
(receptacleAtLocation Drawer_bar__plus_02_dot_13_bar__minus_01_dot_97_bar__plus_00_dot_51 loc_bar_2_bar__minus_7_bar_3_bar_30)
(openable Drawer_bar__plus_02_dot_13_bar__minus_01_dot_97_bar__plus_00_dot_51)
(receptacleType Desk_bar__minus_01_dot_80_bar__plus_01_dot_81_bar__plus_00_dot_40 DeskType)
(receptacleAtLocation Desk_bar__minus_01_dot_80_bar__plus_01_dot_81_bar__plus_00_dot_40 loc_bar_7_bar__minus_5_bar_2_bar_30)
(receptacleType Dresser_bar__plus_01_dot_26_bar__minus_00_dot_95_bar__minus_02_dot_33 DresserType)
(receptacleAtLocation Dresser_bar__plus_01_dot_26_bar__minus_00_dot_95_bar__minus_02_dot_33 loc_bar_6_bar__minus_4_bar_3_bar_45)
(receptacleType GarbageCan_bar__minus_00_dot_27_bar__plus_02_dot_94_bar__plus_01_dot_80 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_00_dot_27_bar__plus_02_dot_94_bar__plus_01_dot_80 loc_bar_2_bar_8_bar_1_bar__minus_30)
(receptacleType SideTable_bar__minus_01_dot_59_bar__minus_01_dot_94_bar__plus_00_dot_67 SideTableType)
(receptacleAtLocation SideTable_bar__minus_01_dot_59_bar__minus_01_dot_94_bar__plus_00_dot_67 loc_bar_9_bar_6_bar_2_bar_30)
(canContain BedType LaptopType)
(canContain DeskType AlarmClockType)
(canContain DeskType KeyChainType)
(canContain DeskType LaptopType)
(canContain DeskType PenType)
(canContain DeskType PencilType)
(canContain DeskType RemoteControlType)
(canContain DeskType WatchType)
(canContain DrawerType KeyChainType)
(canContain DrawerType PenType)
(canContain DrawerType PencilType)
(canContain DrawerType RemoteControlType)
(canContain DrawerType WatchType)
(canContain DresserType AlarmClockType)
(canContain DresserType KeyChainType)
(canContain DresserType LaptopType)
(canContain DresserType PenType)
(canContain DresserType PencilType)
(canContain DresserType RemoteControlType)
(canContain DresserType WatchType)
(canContain GarbageCanType PenType)
(canContain GarbageCanType PencilType)
(canContain ShelfType AlarmClockType)
(canContain ShelfType KeyChainType)
(canContain ShelfType PenType)
(canContain ShelfType PencilType)
(canContain ShelfType RemoteControlType)
(canContain ShelfType WatchType)
(canContain SideTableType AlarmClockType)
(canContain SideTableType KeyChainType)
(canContain SideTableType LaptopType)
(canContain SideTableType PenType)
(canContain SideTableType PencilType)
(canContain SideTableType RemoteControlType)
(canContain SideTableType WatchType)
(objectType DeskLamp_bar__plus_02_dot_02_bar__minus_01_dot_38_bar__plus_00_dot_64 DeskLampType)
(inReceptacle DeskLamp_bar__plus_02_dot_02_bar__minus_01_dot_38_bar__plus_00_dot_64 Desk_bar__minus_01_dot_80_bar__plus_01_dot_81_bar__plus_00_dot_40)
(objectAtLocation DeskLamp_bar__plus_02_dot_02_bar__minus_01_dot_38_bar__plus_00_dot_64 loc_bar_7_bar__minus_5_bar_2_bar_30)
(toggleable DeskLamp_bar__plus_02_dot_02_bar__minus_01_dot_38_bar__plus_00_dot_64)
(objectType AlarmClock_bar__minus_00_dot_72_bar__plus_00_dot_72_bar__plus_01_dot_29 AlarmClockType)
(inReceptacle AlarmClock_bar__minus_00_dot_72_bar__plus_00_dot_72_bar__plus_01_dot_29 Desk_bar__minus_01_dot_80_bar__plus_01_dot_81_bar__plus_00_dot_40)
(objectAtLocation AlarmClock_bar__minus_00_dot_72_bar__plus_00_dot_72_bar__plus_01_dot_29 loc_bar_7_bar__minus_5_bar_2_bar_30)
(pickupable AlarmClock_bar__minus_00_dot_72_bar__plus_00_dot_72_bar__plus_01_dot_29)
(objectType Watch_bar__minus_00_dot_87_bar__plus_02_dot_47_bar__plus_02_dot_64 WatchType)
(inReceptacle Watch_bar__minus_00_dot_87_bar__plus_02_dot_47_bar__plus_02_dot_64 Dresser_bar__plus_01_dot_26_bar__minus_00_dot_95_bar__minus_02_dot_33)
(objectAtLocation Watch_bar__minus_00_dot_87_bar__plus_02_dot_47_bar__plus_02_dot_64 loc_bar_6_bar__minus_4_bar_3_bar_45)
(pickupable Watch_bar__minus_00_dot_87_bar__plus_02_dot_47_bar__plus_02_dot_64)
(objectType Pen_bar__minus_00_dot_92_bar__plus_00_dot_67_bar__minus_01_dot_16 PenType)
(inReceptacle Pen_bar__minus_00_dot_92_bar__plus_00_dot_67_bar__minus_01_dot_16 Desk_bar__minus_01_dot_80_bar__plus_01_dot_81_bar__plus_00_dot_40)
(objectAtLocation Pen_bar__minus_00_dot_92_bar__plus_00_dot_67_bar__minus_01_dot_16 loc_bar_7_bar__minus_5_bar_2_bar_30)
(pickupable Pen_bar__minus_00_dot_92_bar__plus_00_dot_67_bar__minus_01_dot_16)
(objectType Pencil_bar__minus_02_dot_50_bar__plus_02_dot_79_bar__minus_01_dot_67 PencilType)
(inReceptacle Pencil_bar__minus_02_dot_50_bar__plus_02_dot_79_bar__minus_01_dot_67 Drawer_bar__plus_02_dot_13_bar__minus_01_dot_97_bar__plus_00_dot_51)
(objectAtLocation Pencil_bar__minus_02_dot_50_bar__plus_02_dot_79_bar__minus_01_dot_67 loc_bar_2_bar__minus_7_bar_3_bar_30)
(pickupable Pencil_bar__minus_02_dot_50_bar__plus_02_dot_79_bar__minus_01_dot_67)
(objectType RemoteControl_bar__plus_02_dot_57_bar__plus_00_dot_76_bar__plus_00_dot_30 RemoteControlType)
(inReceptacle RemoteControl_bar__plus_02_dot_57_bar__plus_00_dot_76_bar__plus_00_dot_30 Shelf_bar__minus_00_dot_73_bar__minus_01_dot_26_bar__minus_00_dot_46)
(objectAtLocation RemoteControl_bar__plus_02_dot_57_bar__plus_00_dot_76_bar__plus_00_dot_30 loc_bar__minus_2_bar__minus_4_bar_1_bar_60)
(pickupable RemoteControl_bar__plus_02_dot_57_bar__plus_00_dot_76_bar__plus_00_dot_30)
(objectType Laptop_bar__plus_02_dot_31_bar__minus_02_dot_11_bar__plus_01_dot_75 LaptopType)
(inReceptacle Laptop_bar__plus_02_dot_31_bar__minus_02_dot_11_bar__plus_01_dot_75 Bed_bar__minus_01_dot_12_bar__minus_01_dot_63_bar__plus_01_dot_76)
(objectAtLocation Laptop_bar__plus_02_dot_31_bar__minus_02_dot_11_bar__plus_01_dot_75 loc_bar_3_bar__minus_5_bar_0_bar_45)
(pickupable Laptop_bar__plus_02_dot_31_bar__minus_02_dot_11_bar__plus_01_dot_75)
(objectType KeyChain_bar__plus_00_dot_15_bar__minus_01_dot_79_bar__plus_02_dot_71 KeyChainType)
(inReceptacle KeyChain_bar__plus_00_dot_15_bar__minus_01_dot_79_bar__plus_02_dot_71 Dresser_bar__plus_01_dot_26_bar__minus_00_dot_95_bar__minus_02_dot_33)
(objectAtLocation KeyChain_bar__plus_00_dot_15_bar__minus_01_dot_79_bar__plus_02_dot_71 loc_bar_6_bar__minus_4_bar_3_bar_45)
(pickupable KeyChain_bar__plus_00_dot_15_bar__minus_01_dot_79_bar__plus_02_dot_71)
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
