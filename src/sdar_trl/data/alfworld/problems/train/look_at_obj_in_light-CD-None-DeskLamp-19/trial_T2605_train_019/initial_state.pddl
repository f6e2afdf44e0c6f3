(define (problem plan_trial_T2605_train_019)
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
CDType - otype
CreditCardType - otype
DeskLampType - otype
KeyChainType - otype
LaptopType - otype
RemoteControlType - otype
WatchType - otype
DeskLamp_bar__plus_00_dot_49_bar__minus_01_dot_93_bar__minus_01_dot_65 - object
CD_bar__plus_02_dot_47_bar__minus_00_dot_34_bar__plus_02_dot_05 - object
KeyChain_bar__plus_00_dot_75_bar__plus_00_dot_08_bar__minus_02_dot_08 - object
Laptop_bar__minus_02_dot_08_bar__minus_00_dot_41_bar__minus_00_dot_75 - object
Watch_bar__plus_01_dot_09_bar__plus_00_dot_96_bar__minus_00_dot_55 - object
AlarmClock_bar__minus_00_dot_92_bar__minus_01_dot_33_bar__plus_02_dot_64 - object
CreditCard_bar__plus_01_dot_06_bar__plus_00_dot_62_bar__minus_02_dot_54 - object
RemoteControl_bar__minus_02_dot_74_bar__minus_02_dot_14_bar__minus_02_dot_11 - object
SideTable_bar__minus_00_dot_92_bar__plus_02_dot_63_bar__minus_02_dot_26 - receptacle
Bed_bar__plus_01_dot_91_bar__minus_00_dot_77_bar__minus_02_dot_18 - receptacle
GarbageCan_bar__plus_00_dot_92_bar__minus_02_dot_00_bar__minus_01_dot_65 - receptacle
Desk_bar__minus_02_dot_15_bar__plus_00_dot_65_bar__minus_00_dot_06 - receptacle
Drawer_bar__minus_02_dot_81_bar__minus_02_dot_22_bar__plus_02_dot_31 - receptacle
Dresser_bar__plus_00_dot_67_bar__minus_02_dot_18_bar__minus_01_dot_67 - receptacle
Shelf_bar__minus_02_dot_78_bar__minus_00_dot_43_bar__minus_01_dot_66 - receptacle
Shelf_bar__minus_01_dot_29_bar__plus_01_dot_21_bar__minus_01_dot_25 - receptacle
Drawer_bar__plus_02_dot_23_bar__minus_02_dot_01_bar__minus_02_dot_23 - receptacle
SideTable_bar__minus_02_dot_83_bar__minus_01_dot_11_bar__plus_01_dot_09 - receptacle
loc_bar_12_bar_10_bar_0_bar_0 - location
loc_bar_2_bar_1_bar_1_bar_60 - location
loc_bar_6_bar__minus_3_bar_1_bar_60 - location
loc_bar_8_bar__minus_8_bar_3_bar_60 - location
loc_bar__minus_2_bar__minus_8_bar_2_bar_30 - location
loc_bar__minus_3_bar_5_bar_0_bar_30 - location
loc_bar__minus_5_bar__minus_5_bar_1_bar_0 - location
loc_bar__minus_6_bar_4_bar_3_bar_45 - location
loc_bar__minus_6_bar__minus_6_bar_3_bar__minus_30 - location
loc_bar__minus_7_bar_6_bar_1_bar_60 - location
loc_bar__minus_9_bar__minus_5_bar_3_bar__minus_30 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_10_bar_0_bar_0)
(receptacleType SideTable_bar__minus_00_dot_92_bar__plus_02_dot_63_bar__minus_02_dot_26 SideTableType)
(receptacleAtLocation SideTable_bar__minus_00_dot_92_bar__plus_02_dot_63_bar__minus_02_dot_26 loc_bar__minus_6_bar__minus_6_bar_3_bar__minus_30)
(receptacleType Bed_bar__plus_01_dot_91_bar__minus_00_dot_77_bar__minus_02_dot_18 BedType)
(receptacleAtLocation Bed_bar__plus_01_dot_91_bar__minus_00_dot_77_bar__minus_02_dot_18 loc_bar__minus_9_bar__minus_5_bar_3_bar__minus_30)
(receptacleType GarbageCan_bar__plus_00_dot_92_bar__minus_02_dot_00_bar__minus_01_dot_65 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_00_dot_92_bar__minus_02_dot_00_bar__minus_01_dot_65 loc_bar__minus_6_bar_4_bar_3_bar_45)
(receptacleType Desk_bar__minus_02_dot_15_bar__plus_00_dot_65_bar__minus_00_dot_06 DeskType)
(receptacleAtLocation Desk_bar__minus_02_dot_15_bar__plus_00_dot_65_bar__minus_00_dot_06 loc_bar__minus_3_bar_5_bar_0_bar_30)
(receptacleType Drawer_bar__minus_02_dot_81_bar__minus_02_dot_22_bar__plus_02_dot_31 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_81_bar__minus_02_dot_22_bar__plus_02_dot_31 loc_bar__minus_5_bar__minus_5_bar_1_bar_0)
(openable Drawer_bar__minus_02_dot_81_bar__minus_02_dot_22_bar__plus_02_dot_31)
(receptacleType Dresser_bar__plus_00_dot_67_bar__minus_02_dot_18_bar__minus_01_dot_67 DresserType)
(receptacleAtLocation Dresser_bar__plus_00_dot_67_bar__minus_02_dot_18_bar__minus_01_dot_67 loc_bar_6_bar__minus_3_bar_1_bar_60)
(receptacleType Shelf_bar__minus_02_dot_78_bar__minus_00_dot_43_bar__minus_01_dot_66 ShelfType)
(receptacleAtLocation Shelf_bar__minus_02_dot_78_bar__minus_00_dot_43_bar__minus_01_dot_66 loc_bar_8_bar__minus_8_bar_3_bar_60)
(receptacleType Shelf_bar__minus_01_dot_29_bar__plus_01_dot_21_bar__minus_01_dot_25 ShelfType)
(receptacleAtLocation Shelf_bar__minus_01_dot_29_bar__plus_01_dot_21_bar__minus_01_dot_25 loc_bar__minus_7_bar_6_bar_1_bar_60)
(receptacleType Drawer_bar__plus_02_dot_23_bar__minus_02_dot_01_bar__minus_02_dot_23 DrawerType)
(receptacleAtLocation Drawer_bar__plus_02_dot_23_bar__minus_02_dot_01_bar__minus_02_dot_23 loc_bar_2_bar_1_bar_1_bar_60)
(openable Drawer_bar__plus_02_dot_23_bar__minus_02_dot_01_bar__minus_02_dot_23)
(receptacleType SideTable_bar__minus_02_dot_83_bar__minus_01_dot_11_bar__plus_01_dot_09 SideTableType)
(receptacleAtLocation SideTable_bar__minus_02_dot_83_bar__minus_01_dot_11_bar__plus_01_dot_09 loc_bar__minus_2_bar__minus_8_bar_2_bar_30)
(canContain BedType LaptopType)
(canContain DeskType AlarmClockType)
(canContain DeskType CDType)
(canContain DeskType CreditCardType)
(canContain DeskType KeyChainType)
(canContain DeskType LaptopType)
(canContain DeskType RemoteControlType)
(canContain DeskType WatchType)
(canContain DrawerType CDType)
(canContain DrawerType CreditCardType)
(canContain DrawerType KeyChainType)
(canContain DrawerType RemoteControlType)
(canContain DrawerType WatchType)
(canContain DresserType AlarmClockType)
(canContain DresserType CDType)
(canContain DresserType CreditCardType)
(canContain DresserType KeyChainType)
(canContain DresserType LaptopType)
(canContain DresserType RemoteControlType)
(canContain DresserType WatchType)
(canContain GarbageCanType CDType)
(canContain ShelfType AlarmClockType)
(canContain ShelfType CDType)
(canContain ShelfType CreditCardType)
(canContain ShelfType KeyChainType)
(canContain ShelfType RemoteControlType)
(canContain ShelfType WatchType)
(canContain SideTableType AlarmClockType)
(canContain SideTableType CDType)
(canContain SideTableType CreditCardType)
(canContain SideTableType KeyChainType)
(canContain SideTableType LaptopType)
(canContain SideTableType RemoteControlType)
(canContain SideTableType WatchType)
(objectType DeskLamp_bar__plus_00_dot_49_bar__minus_01_dot_93_bar__minus_01_dot_65 DeskLampType)
(inReceptacle DeskLamp_bar__plus_00_dot_49_bar__minus_01_dot_93_bar__minus_01_dot_65 Desk_bar__minus_02_dot_15_bar__plus_00_dot_65_bar__minus_00_dot_06)
(objectAtLocation DeskLamp_bar__plus_00_dot_49_bar__minus_01_dot_93_bar__minus_01_dot_65 loc_bar__minus_3_bar_5_bar_0_bar_30)
(toggleable DeskLamp_bar__plus_00_dot_49_bar__minus_01_dot_93_bar__minus_01_dot_65)
(objectType CD_bar__plus_02_dot_47_bar__minus_00_dot_34_bar__plus_02_dot_05 CDType)
(inReceptacle CD_bar__plus_02_dot_47_bar__minus_00_dot_34_bar__plus_02_dot_05 Desk_bar__minus_02_dot_15_bar__plus_00_dot_65_bar__minus_00_dot_06)
(objectAtLocation CD_bar__plus_02_dot_47_bar__minus_00_dot_34_bar__plus_02_dot_05 loc_bar__minus_3_bar_5_bar_0_bar_30)
(pickupable CD_bar__plus_02_dot_47_bar__minus_00_dot_34_bar__plus_02_dot_05)
(objectType KeyChain_bar__plus_00_dot_75_bar__plus_00_dot_08_bar__minus_02_dot_08 KeyChainType)
(inReceptacle KeyChain_bar__plus_00_dot_75_bar__plus_00_dot_08_bar__minus_02_dot_08 Dresser_bar__plus_00_dot_67_bar__minus_02_dot_18_bar__minus_01_dot_67)
(objectAtLocation KeyChain_bar__plus_00_dot_75_bar__plus_00_dot_08_bar__minus_02_dot_08 loc_bar_6_bar__minus_3_bar_1_bar_60)
(pickupable KeyChain_bar__plus_00_dot_75_bar__plus_00_dot_08_bar__minus_02_dot_08)
(objectType Laptop_bar__minus_02_dot_08_bar__minus_00_dot_41_bar__minus_00_dot_75 LaptopType)
(inReceptacle Laptop_bar__minus_02_dot_08_bar__minus_00_dot_41_bar__minus_00_dot_75 Bed_bar__plus_01_dot_91_bar__minus_00_dot_77_bar__minus_02_dot_18)
(objectAtLocation Laptop_bar__minus_02_dot_08_bar__minus_00_dot_41_bar__minus_00_dot_75 loc_bar__minus_9_bar__minus_5_bar_3_bar__minus_30)
(pickupable Laptop_bar__minus_02_dot_08_bar__minus_00_dot_41_bar__minus_00_dot_75)
(objectType Watch_bar__plus_01_dot_09_bar__plus_00_dot_96_bar__minus_00_dot_55 WatchType)
(inReceptacle Watch_bar__plus_01_dot_09_bar__plus_00_dot_96_bar__minus_00_dot_55 Dresser_bar__plus_00_dot_67_bar__minus_02_dot_18_bar__minus_01_dot_67)
(objectAtLocation Watch_bar__plus_01_dot_09_bar__plus_00_dot_96_bar__minus_00_dot_55 loc_bar_6_bar__minus_3_bar_1_bar_60)
(pickupable Watch_bar__plus_01_dot_09_bar__plus_00_dot_96_bar__minus_00_dot_55)
(objectType AlarmClock_bar__minus_00_dot_92_bar__minus_01_dot_33_bar__plus_02_dot_64 AlarmClockType)
(inReceptacle AlarmClock_bar__minus_00_dot_92_bar__minus_01_dot_33_bar__plus_02_dot_64 Desk_bar__minus_02_dot_15_bar__plus_00_dot_65_bar__minus_00_dot_06)
(objectAtLocation AlarmClock_bar__minus_00_dot_92_bar__minus_01_dot_33_bar__plus_02_dot_64 loc_bar__minus_3_bar_5_bar_0_bar_30)
(pickupable AlarmClock_bar__minus_00_dot_92_bar__minus_01_dot_33_bar__plus_02_dot_64)
(objectType CreditCard_bar__plus_01_dot_06_bar__plus_00_dot_62_bar__minus_02_dot_54 CreditCardType)
(inReceptacle CreditCard_bar__plus_01_dot_06_bar__plus_00_dot_62_bar__minus_02_dot_54 Dresser_bar__plus_00_dot_67_bar__minus_02_dot_18_bar__minus_01_dot_67)
(objectAtLocation CreditCard_bar__plus_01_dot_06_bar__plus_00_dot_62_bar__minus_02_dot_54 loc_bar_6_bar__minus_3_bar_1_bar_60)
(pickupable CreditCard_bar__plus_01_dot_06_bar__plus_00_dot_62_bar__minus_02_dot_54)
(objectType RemoteControl_bar__minus_02_dot_74_bar__minus_02_dot_14_bar__minus_02_dot_11 RemoteControlType)
(inReceptacle RemoteControl_bar__minus_02_dot_74_bar__minus_02_dot_14_bar__minus_02_dot_11 Dresser_bar__plus_00_dot_67_bar__minus_02_dot_18_bar__minus_01_dot_67)
(objectAtLocation RemoteControl_bar__minus_02_dot_74_bar__minus_02_dot_14_bar__minus_02_dot_11 loc_bar_6_bar__minus_3_bar_1_bar_60)
(pickupable RemoteControl_bar__minus_02_dot_74_bar__minus_02_dot_14_bar__minus_02_dot_11)
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
