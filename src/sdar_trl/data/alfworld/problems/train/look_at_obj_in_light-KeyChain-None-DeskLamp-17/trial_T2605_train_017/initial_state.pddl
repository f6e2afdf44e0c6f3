(define (problem plan_trial_T2605_train_017)
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
PencilType - otype
PillowType - otype
StatueType - otype
DeskLamp_bar__minus_02_dot_91_bar__minus_02_dot_90_bar__plus_01_dot_74 - object
KeyChain_bar__minus_01_dot_27_bar__minus_01_dot_24_bar__plus_00_dot_38 - object
Pencil_bar__minus_02_dot_71_bar__plus_02_dot_77_bar__minus_00_dot_17 - object
AlarmClock_bar__minus_00_dot_43_bar__plus_02_dot_11_bar__minus_00_dot_40 - object
CD_bar__minus_02_dot_35_bar__minus_01_dot_06_bar__minus_00_dot_05 - object
Pillow_bar__minus_00_dot_32_bar__minus_01_dot_04_bar__minus_02_dot_67 - object
Statue_bar__minus_01_dot_75_bar__plus_01_dot_75_bar__minus_00_dot_78 - object
CreditCard_bar__minus_02_dot_34_bar__minus_01_dot_56_bar__minus_01_dot_59 - object
Drawer_bar__minus_00_dot_62_bar__plus_02_dot_16_bar__plus_00_dot_65 - receptacle
Dresser_bar__plus_00_dot_51_bar__plus_02_dot_38_bar__plus_00_dot_52 - receptacle
GarbageCan_bar__plus_00_dot_30_bar__minus_02_dot_15_bar__minus_02_dot_81 - receptacle
Desk_bar__plus_02_dot_92_bar__minus_01_dot_64_bar__minus_02_dot_12 - receptacle
Drawer_bar__minus_00_dot_92_bar__minus_02_dot_94_bar__plus_00_dot_38 - receptacle
SideTable_bar__minus_02_dot_63_bar__minus_01_dot_38_bar__minus_01_dot_23 - receptacle
Bed_bar__minus_00_dot_70_bar__minus_02_dot_44_bar__plus_00_dot_49 - receptacle
Shelf_bar__minus_02_dot_49_bar__minus_01_dot_33_bar__minus_01_dot_77 - receptacle
Shelf_bar__plus_02_dot_73_bar__minus_00_dot_52_bar__minus_02_dot_24 - receptacle
SideTable_bar__plus_00_dot_30_bar__plus_01_dot_37_bar__minus_02_dot_58 - receptacle
loc_bar_12_bar_12_bar_0_bar_0 - location
loc_bar_5_bar_6_bar_2_bar_0 - location
loc_bar_6_bar_0_bar_2_bar_0 - location
loc_bar_6_bar_5_bar_0_bar_60 - location
loc_bar_6_bar__minus_6_bar_1_bar_0 - location
loc_bar_7_bar_4_bar_2_bar_60 - location
loc_bar__minus_1_bar__minus_6_bar_0_bar_60 - location
loc_bar__minus_2_bar_6_bar_0_bar__minus_30 - location
loc_bar__minus_5_bar__minus_8_bar_0_bar_0 - location
loc_bar__minus_7_bar_3_bar_2_bar_60 - location
loc_bar__minus_8_bar__minus_7_bar_3_bar_30 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_12_bar_0_bar_0)
(receptacleType Drawer_bar__minus_00_dot_62_bar__plus_02_dot_16_bar__plus_00_dot_65 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_62_bar__plus_02_dot_16_bar__plus_00_dot_65 loc_bar__minus_8_bar__minus_7_bar_3_bar_30)
(openable Drawer_bar__minus_00_dot_62_bar__plus_02_dot_16_bar__plus_00_dot_65)
(receptacleType Dresser_bar__plus_00_dot_51_bar__plus_02_dot_38_bar__plus_00_dot_52 DresserType)
(receptacleAtLocation Dresser_bar__plus_00_dot_51_bar__plus_02_dot_38_bar__plus_00_dot_52 loc_bar__minus_5_bar__minus_8_bar_0_bar_0)
(receptacleType GarbageCan_bar__plus_00_dot_30_bar__minus_02_dot_15_bar__minus_02_dot_81 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_00_dot_30_bar__minus_02_dot_15_bar__minus_02_dot_81 loc_bar_7_bar_4_bar_2_bar_60)
(receptacleType Desk_bar__plus_02_dot_92_bar__minus_01_dot_64_bar__minus_02_dot_12 DeskType)
(receptacleAtLocation Desk_bar__plus_02_dot_92_bar__minus_01_dot_64_bar__minus_02_dot_12 loc_bar_5_bar_6_bar_2_bar_0)
(receptacleType Drawer_bar__minus_00_dot_92_bar__minus_02_dot_94_bar__plus_00_dot_38 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_92_bar__minus_02_dot_94_bar__plus_00_dot_38 loc_bar__minus_1_bar__minus_6_bar_0_bar_60)
(openable Drawer_bar__minus_00_dot_92_bar__minus_02_dot_94_bar__plus_00_dot_38)
(receptacleType SideTable_bar__minus_02_dot_63_bar__minus_01_dot_38_bar__minus_01_dot_23 SideTableType)
(receptacleAtLocation SideTable_bar__minus_02_dot_63_bar__minus_01_dot_38_bar__minus_01_dot_23 loc_bar_6_bar_0_bar_2_bar_0)
(receptacleType Bed_bar__minus_00_dot_70_bar__minus_02_dot_44_bar__plus_00_dot_49 BedType)
(receptacleAtLocation Bed_bar__minus_00_dot_70_bar__minus_02_dot_44_bar__plus_00_dot_49 loc_bar_6_bar__minus_6_bar_1_bar_0)
(receptacleType Shelf_bar__minus_02_dot_49_bar__minus_01_dot_33_bar__minus_01_dot_77 ShelfType)
(receptacleAtLocation Shelf_bar__minus_02_dot_49_bar__minus_01_dot_33_bar__minus_01_dot_77 loc_bar__minus_2_bar_6_bar_0_bar__minus_30)
(receptacleType Shelf_bar__plus_02_dot_73_bar__minus_00_dot_52_bar__minus_02_dot_24 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_73_bar__minus_00_dot_52_bar__minus_02_dot_24 loc_bar_6_bar_5_bar_0_bar_60)
(receptacleType SideTable_bar__plus_00_dot_30_bar__plus_01_dot_37_bar__minus_02_dot_58 SideTableType)
(receptacleAtLocation SideTable_bar__plus_00_dot_30_bar__plus_01_dot_37_bar__minus_02_dot_58 loc_bar__minus_7_bar_3_bar_2_bar_60)
(canContain BedType PillowType)
(canContain DeskType AlarmClockType)
(canContain DeskType CDType)
(canContain DeskType CreditCardType)
(canContain DeskType KeyChainType)
(canContain DeskType PencilType)
(canContain DeskType StatueType)
(canContain DrawerType CDType)
(canContain DrawerType CreditCardType)
(canContain DrawerType KeyChainType)
(canContain DrawerType PencilType)
(canContain DresserType AlarmClockType)
(canContain DresserType CDType)
(canContain DresserType CreditCardType)
(canContain DresserType KeyChainType)
(canContain DresserType PencilType)
(canContain DresserType StatueType)
(canContain GarbageCanType CDType)
(canContain GarbageCanType PencilType)
(canContain ShelfType AlarmClockType)
(canContain ShelfType CDType)
(canContain ShelfType CreditCardType)
(canContain ShelfType KeyChainType)
(canContain ShelfType PencilType)
(canContain ShelfType StatueType)
(canContain SideTableType AlarmClockType)
(canContain SideTableType CDType)
(canContain SideTableType CreditCardType)
(canContain SideTableType KeyChainType)
(canContain SideTableType PencilType)
(canContain SideTableType StatueType)
(objectType DeskLamp_bar__minus_02_dot_91_bar__minus_02_dot_90_bar__plus_01_dot_74 DeskLampType)
(inReceptacle DeskLamp_bar__minus_02_dot_91_bar__minus_02_dot_90_bar__plus_01_dot_74 Desk_bar__plus_02_dot_92_bar__minus_01_dot_64_bar__minus_02_dot_12)
(objectAtLocation DeskLamp_bar__minus_02_dot_91_bar__minus_02_dot_90_bar__plus_01_dot_74 loc_bar_5_bar_6_bar_2_bar_0)
(toggleable DeskLamp_bar__minus_02_dot_91_bar__minus_02_dot_90_bar__plus_01_dot_74)
(objectType KeyChain_bar__minus_01_dot_27_bar__minus_01_dot_24_bar__plus_00_dot_38 KeyChainType)
(inReceptacle KeyChain_bar__minus_01_dot_27_bar__minus_01_dot_24_bar__plus_00_dot_38 Dresser_bar__plus_00_dot_51_bar__plus_02_dot_38_bar__plus_00_dot_52)
(objectAtLocation KeyChain_bar__minus_01_dot_27_bar__minus_01_dot_24_bar__plus_00_dot_38 loc_bar__minus_5_bar__minus_8_bar_0_bar_0)
(pickupable KeyChain_bar__minus_01_dot_27_bar__minus_01_dot_24_bar__plus_00_dot_38)
(objectType Pencil_bar__minus_02_dot_71_bar__plus_02_dot_77_bar__minus_00_dot_17 PencilType)
(inReceptacle Pencil_bar__minus_02_dot_71_bar__plus_02_dot_77_bar__minus_00_dot_17 Desk_bar__plus_02_dot_92_bar__minus_01_dot_64_bar__minus_02_dot_12)
(objectAtLocation Pencil_bar__minus_02_dot_71_bar__plus_02_dot_77_bar__minus_00_dot_17 loc_bar_5_bar_6_bar_2_bar_0)
(pickupable Pencil_bar__minus_02_dot_71_bar__plus_02_dot_77_bar__minus_00_dot_17)
(objectType AlarmClock_bar__minus_00_dot_43_bar__plus_02_dot_11_bar__minus_00_dot_40 AlarmClockType)
(inReceptacle AlarmClock_bar__minus_00_dot_43_bar__plus_02_dot_11_bar__minus_00_dot_40 Desk_bar__plus_02_dot_92_bar__minus_01_dot_64_bar__minus_02_dot_12)
(objectAtLocation AlarmClock_bar__minus_00_dot_43_bar__plus_02_dot_11_bar__minus_00_dot_40 loc_bar_5_bar_6_bar_2_bar_0)
(pickupable AlarmClock_bar__minus_00_dot_43_bar__plus_02_dot_11_bar__minus_00_dot_40)
(objectType CD_bar__minus_02_dot_35_bar__minus_01_dot_06_bar__minus_00_dot_05 CDType)
(inReceptacle CD_bar__minus_02_dot_35_bar__minus_01_dot_06_bar__minus_00_dot_05 Desk_bar__plus_02_dot_92_bar__minus_01_dot_64_bar__minus_02_dot_12)
(objectAtLocation CD_bar__minus_02_dot_35_bar__minus_01_dot_06_bar__minus_00_dot_05 loc_bar_5_bar_6_bar_2_bar_0)
(pickupable CD_bar__minus_02_dot_35_bar__minus_01_dot_06_bar__minus_00_dot_05)
(objectType Pillow_bar__minus_00_dot_32_bar__minus_01_dot_04_bar__minus_02_dot_67 PillowType)
(inReceptacle Pillow_bar__minus_00_dot_32_bar__minus_01_dot_04_bar__minus_02_dot_67 Bed_bar__minus_00_dot_70_bar__minus_02_dot_44_bar__plus_00_dot_49)
(objectAtLocation Pillow_bar__minus_00_dot_32_bar__minus_01_dot_04_bar__minus_02_dot_67 loc_bar_6_bar__minus_6_bar_1_bar_0)
(pickupable Pillow_bar__minus_00_dot_32_bar__minus_01_dot_04_bar__minus_02_dot_67)
(objectType Statue_bar__minus_01_dot_75_bar__plus_01_dot_75_bar__minus_00_dot_78 StatueType)
(inReceptacle Statue_bar__minus_01_dot_75_bar__plus_01_dot_75_bar__minus_00_dot_78 SideTable_bar__plus_00_dot_30_bar__plus_01_dot_37_bar__minus_02_dot_58)
(objectAtLocation Statue_bar__minus_01_dot_75_bar__plus_01_dot_75_bar__minus_00_dot_78 loc_bar__minus_7_bar_3_bar_2_bar_60)
(pickupable Statue_bar__minus_01_dot_75_bar__plus_01_dot_75_bar__minus_00_dot_78)
(objectType CreditCard_bar__minus_02_dot_34_bar__minus_01_dot_56_bar__minus_01_dot_59 CreditCardType)
(inReceptacle CreditCard_bar__minus_02_dot_34_bar__minus_01_dot_56_bar__minus_01_dot_59 Dresser_bar__plus_00_dot_51_bar__plus_02_dot_38_bar__plus_00_dot_52)
(objectAtLocation CreditCard_bar__minus_02_dot_34_bar__minus_01_dot_56_bar__minus_01_dot_59 loc_bar__minus_5_bar__minus_8_bar_0_bar_0)
(pickupable CreditCard_bar__minus_02_dot_34_bar__minus_01_dot_56_bar__minus_01_dot_59)
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
                         (objectType ?o KeyChainType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
