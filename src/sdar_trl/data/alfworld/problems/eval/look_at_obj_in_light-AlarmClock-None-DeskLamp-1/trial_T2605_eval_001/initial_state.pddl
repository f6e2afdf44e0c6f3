(define (problem plan_trial_T2605_eval_001)
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
BowlType - otype
CreditCardType - otype
DeskLampType - otype
KeyChainType - otype
LaptopType - otype
PencilType - otype
VaseType - otype
DeskLamp_bar__minus_01_dot_24_bar__minus_02_dot_18_bar__plus_01_dot_81 - object
AlarmClock_bar__plus_00_dot_71_bar__plus_00_dot_57_bar__plus_01_dot_02 - object
Bowl_bar__minus_02_dot_36_bar__plus_01_dot_94_bar__plus_02_dot_28 - object
CreditCard_bar__plus_00_dot_96_bar__plus_00_dot_42_bar__plus_02_dot_73 - object
Pencil_bar__plus_00_dot_85_bar__minus_01_dot_92_bar__minus_02_dot_30 - object
Laptop_bar__minus_00_dot_64_bar__minus_02_dot_45_bar__plus_02_dot_55 - object
Vase_bar__plus_00_dot_20_bar__minus_00_dot_69_bar__minus_00_dot_27 - object
KeyChain_bar__plus_01_dot_47_bar__plus_02_dot_80_bar__minus_00_dot_08 - object
Bed_bar__minus_02_dot_30_bar__plus_01_dot_98_bar__minus_01_dot_24 - receptacle
Desk_bar__plus_01_dot_88_bar__minus_02_dot_65_bar__minus_01_dot_03 - receptacle
SideTable_bar__minus_01_dot_60_bar__minus_01_dot_84_bar__minus_02_dot_02 - receptacle
SideTable_bar__plus_00_dot_35_bar__plus_00_dot_87_bar__plus_00_dot_89 - receptacle
Drawer_bar__minus_00_dot_68_bar__minus_01_dot_00_bar__minus_02_dot_28 - receptacle
Drawer_bar__minus_02_dot_33_bar__plus_01_dot_62_bar__minus_02_dot_30 - receptacle
Shelf_bar__minus_01_dot_95_bar__plus_00_dot_15_bar__minus_02_dot_48 - receptacle
Shelf_bar__plus_02_dot_75_bar__plus_01_dot_89_bar__minus_02_dot_12 - receptacle
Dresser_bar__plus_01_dot_08_bar__minus_01_dot_80_bar__plus_00_dot_37 - receptacle
GarbageCan_bar__plus_01_dot_76_bar__plus_01_dot_35_bar__minus_00_dot_30 - receptacle
loc_bar_0_bar_6_bar_2_bar_45 - location
loc_bar_11_bar_10_bar_0_bar_0 - location
loc_bar_6_bar_2_bar_0_bar_0 - location
loc_bar__minus_1_bar_9_bar_0_bar_0 - location
loc_bar__minus_2_bar__minus_7_bar_2_bar_45 - location
loc_bar__minus_4_bar_8_bar_2_bar_30 - location
loc_bar__minus_5_bar_4_bar_0_bar__minus_30 - location
loc_bar__minus_5_bar__minus_1_bar_3_bar_60 - location
loc_bar__minus_6_bar_2_bar_3_bar_30 - location
loc_bar__minus_6_bar__minus_9_bar_2_bar_60 - location
loc_bar__minus_7_bar_4_bar_2_bar_0 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_10_bar_0_bar_0)
(receptacleType Bed_bar__minus_02_dot_30_bar__plus_01_dot_98_bar__minus_01_dot_24 BedType)
(receptacleAtLocation Bed_bar__minus_02_dot_30_bar__plus_01_dot_98_bar__minus_01_dot_24 loc_bar__minus_4_bar_8_bar_2_bar_30)
(receptacleType Desk_bar__plus_01_dot_88_bar__minus_02_dot_65_bar__minus_01_dot_03 DeskType)
(receptacleAtLocation Desk_bar__plus_01_dot_88_bar__minus_02_dot_65_bar__minus_01_dot_03 loc_bar_6_bar_2_bar_0_bar_0)
(receptacleType SideTable_bar__minus_01_dot_60_bar__minus_01_dot_84_bar__minus_02_dot_02 SideTableType)
(receptacleAtLocation SideTable_bar__minus_01_dot_60_bar__minus_01_dot_84_bar__minus_02_dot_02 loc_bar__minus_6_bar_2_bar_3_bar_30)
(receptacleType SideTable_bar__plus_00_dot_35_bar__plus_00_dot_87_bar__plus_00_dot_89 SideTableType)
(receptacleAtLocation SideTable_bar__plus_00_dot_35_bar__plus_00_dot_87_bar__plus_00_dot_89 loc_bar__minus_5_bar_4_bar_0_bar__minus_30)
(receptacleType Drawer_bar__minus_00_dot_68_bar__minus_01_dot_00_bar__minus_02_dot_28 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_68_bar__minus_01_dot_00_bar__minus_02_dot_28 loc_bar__minus_7_bar_4_bar_2_bar_0)
(openable Drawer_bar__minus_00_dot_68_bar__minus_01_dot_00_bar__minus_02_dot_28)
(receptacleType Drawer_bar__minus_02_dot_33_bar__plus_01_dot_62_bar__minus_02_dot_30 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_33_bar__plus_01_dot_62_bar__minus_02_dot_30 loc_bar__minus_5_bar__minus_1_bar_3_bar_60)
(openable Drawer_bar__minus_02_dot_33_bar__plus_01_dot_62_bar__minus_02_dot_30)
(receptacleType Shelf_bar__minus_01_dot_95_bar__plus_00_dot_15_bar__minus_02_dot_48 ShelfType)
(receptacleAtLocation Shelf_bar__minus_01_dot_95_bar__plus_00_dot_15_bar__minus_02_dot_48 loc_bar_0_bar_6_bar_2_bar_45)
(receptacleType Shelf_bar__plus_02_dot_75_bar__plus_01_dot_89_bar__minus_02_dot_12 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_75_bar__plus_01_dot_89_bar__minus_02_dot_12 loc_bar__minus_1_bar_9_bar_0_bar_0)
(receptacleType Dresser_bar__plus_01_dot_08_bar__minus_01_dot_80_bar__plus_00_dot_37 DresserType)
(receptacleAtLocation Dresser_bar__plus_01_dot_08_bar__minus_01_dot_80_bar__plus_00_dot_37 loc_bar__minus_2_bar__minus_7_bar_2_bar_45)
(receptacleType GarbageCan_bar__plus_01_dot_76_bar__plus_01_dot_35_bar__minus_00_dot_30 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_01_dot_76_bar__plus_01_dot_35_bar__minus_00_dot_30 loc_bar__minus_6_bar__minus_9_bar_2_bar_60)
(canContain BedType LaptopType)
(canContain DeskType AlarmClockType)
(canContain DeskType BowlType)
(canContain DeskType CreditCardType)
(canContain DeskType KeyChainType)
(canContain DeskType LaptopType)
(canContain DeskType PencilType)
(canContain DeskType VaseType)
(canContain DrawerType CreditCardType)
(canContain DrawerType KeyChainType)
(canContain DrawerType PencilType)
(canContain DresserType AlarmClockType)
(canContain DresserType BowlType)
(canContain DresserType CreditCardType)
(canContain DresserType KeyChainType)
(canContain DresserType LaptopType)
(canContain DresserType PencilType)
(canContain DresserType VaseType)
(canContain GarbageCanType PencilType)
(canContain ShelfType AlarmClockType)
(canContain ShelfType BowlType)
(canContain ShelfType CreditCardType)
(canContain ShelfType KeyChainType)
(canContain ShelfType PencilType)
(canContain ShelfType VaseType)
(canContain SideTableType AlarmClockType)
(canContain SideTableType BowlType)
(canContain SideTableType CreditCardType)
(canContain SideTableType KeyChainType)
(canContain SideTableType LaptopType)
(canContain SideTableType PencilType)
(canContain SideTableType VaseType)
(objectType DeskLamp_bar__minus_01_dot_24_bar__minus_02_dot_18_bar__plus_01_dot_81 DeskLampType)
(inReceptacle DeskLamp_bar__minus_01_dot_24_bar__minus_02_dot_18_bar__plus_01_dot_81 SideTable_bar__plus_00_dot_35_bar__plus_00_dot_87_bar__plus_00_dot_89)
(objectAtLocation DeskLamp_bar__minus_01_dot_24_bar__minus_02_dot_18_bar__plus_01_dot_81 loc_bar__minus_5_bar_4_bar_0_bar__minus_30)
(toggleable DeskLamp_bar__minus_01_dot_24_bar__minus_02_dot_18_bar__plus_01_dot_81)
(objectType AlarmClock_bar__plus_00_dot_71_bar__plus_00_dot_57_bar__plus_01_dot_02 AlarmClockType)
(inReceptacle AlarmClock_bar__plus_00_dot_71_bar__plus_00_dot_57_bar__plus_01_dot_02 Desk_bar__plus_01_dot_88_bar__minus_02_dot_65_bar__minus_01_dot_03)
(objectAtLocation AlarmClock_bar__plus_00_dot_71_bar__plus_00_dot_57_bar__plus_01_dot_02 loc_bar_6_bar_2_bar_0_bar_0)
(pickupable AlarmClock_bar__plus_00_dot_71_bar__plus_00_dot_57_bar__plus_01_dot_02)
(objectType Bowl_bar__minus_02_dot_36_bar__plus_01_dot_94_bar__plus_02_dot_28 BowlType)
(inReceptacle Bowl_bar__minus_02_dot_36_bar__plus_01_dot_94_bar__plus_02_dot_28 Shelf_bar__minus_01_dot_95_bar__plus_00_dot_15_bar__minus_02_dot_48)
(objectAtLocation Bowl_bar__minus_02_dot_36_bar__plus_01_dot_94_bar__plus_02_dot_28 loc_bar_0_bar_6_bar_2_bar_45)
(pickupable Bowl_bar__minus_02_dot_36_bar__plus_01_dot_94_bar__plus_02_dot_28)
(coolable Bowl_bar__minus_02_dot_36_bar__plus_01_dot_94_bar__plus_02_dot_28)
(cleanable Bowl_bar__minus_02_dot_36_bar__plus_01_dot_94_bar__plus_02_dot_28)
(isReceptacleObject Bowl_bar__minus_02_dot_36_bar__plus_01_dot_94_bar__plus_02_dot_28)
(objectType CreditCard_bar__plus_00_dot_96_bar__plus_00_dot_42_bar__plus_02_dot_73 CreditCardType)
(inReceptacle CreditCard_bar__plus_00_dot_96_bar__plus_00_dot_42_bar__plus_02_dot_73 SideTable_bar__minus_01_dot_60_bar__minus_01_dot_84_bar__minus_02_dot_02)
(objectAtLocation CreditCard_bar__plus_00_dot_96_bar__plus_00_dot_42_bar__plus_02_dot_73 loc_bar__minus_6_bar_2_bar_3_bar_30)
(pickupable CreditCard_bar__plus_00_dot_96_bar__plus_00_dot_42_bar__plus_02_dot_73)
(objectType Pencil_bar__plus_00_dot_85_bar__minus_01_dot_92_bar__minus_02_dot_30 PencilType)
(inReceptacle Pencil_bar__plus_00_dot_85_bar__minus_01_dot_92_bar__minus_02_dot_30 Dresser_bar__plus_01_dot_08_bar__minus_01_dot_80_bar__plus_00_dot_37)
(objectAtLocation Pencil_bar__plus_00_dot_85_bar__minus_01_dot_92_bar__minus_02_dot_30 loc_bar__minus_2_bar__minus_7_bar_2_bar_45)
(pickupable Pencil_bar__plus_00_dot_85_bar__minus_01_dot_92_bar__minus_02_dot_30)
(objectType Laptop_bar__minus_00_dot_64_bar__minus_02_dot_45_bar__plus_02_dot_55 LaptopType)
(inReceptacle Laptop_bar__minus_00_dot_64_bar__minus_02_dot_45_bar__plus_02_dot_55 SideTable_bar__minus_01_dot_60_bar__minus_01_dot_84_bar__minus_02_dot_02)
(objectAtLocation Laptop_bar__minus_00_dot_64_bar__minus_02_dot_45_bar__plus_02_dot_55 loc_bar__minus_6_bar_2_bar_3_bar_30)
(pickupable Laptop_bar__minus_00_dot_64_bar__minus_02_dot_45_bar__plus_02_dot_55)
(objectType Vase_bar__plus_00_dot_20_bar__minus_00_dot_69_bar__minus_00_dot_27 VaseType)
(inReceptacle Vase_bar__plus_00_dot_20_bar__minus_00_dot_69_bar__minus_00_dot_27 SideTable_bar__plus_00_dot_35_bar__plus_00_dot_87_bar__plus_00_dot_89)
(objectAtLocation Vase_bar__plus_00_dot_20_bar__minus_00_dot_69_bar__minus_00_dot_27 loc_bar__minus_5_bar_4_bar_0_bar__minus_30)
(pickupable Vase_bar__plus_00_dot_20_bar__minus_00_dot_69_bar__minus_00_dot_27)
(objectType KeyChain_bar__plus_01_dot_47_bar__plus_02_dot_80_bar__minus_00_dot_08 KeyChainType)
(inReceptacle KeyChain_bar__plus_01_dot_47_bar__plus_02_dot_80_bar__minus_00_dot_08 Drawer_bar__minus_02_dot_33_bar__plus_01_dot_62_bar__minus_02_dot_30)
(objectAtLocation KeyChain_bar__plus_01_dot_47_bar__plus_02_dot_80_bar__minus_00_dot_08 loc_bar__minus_5_bar__minus_1_bar_3_bar_60)
(pickupable KeyChain_bar__plus_01_dot_47_bar__plus_02_dot_80_bar__minus_00_dot_08)
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
