(define (problem plan_trial_T2605_train_020)
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
CreditCardType - otype
DeskLampType - otype
LaptopType - otype
MugType - otype
StatueType - otype
DeskLamp_bar__plus_02_dot_66_bar__minus_02_dot_08_bar__minus_00_dot_76 - object
CreditCard_bar__minus_02_dot_70_bar__plus_00_dot_17_bar__minus_02_dot_74 - object
CellPhone_bar__minus_01_dot_42_bar__plus_01_dot_80_bar__plus_02_dot_31 - object
Laptop_bar__plus_02_dot_12_bar__plus_00_dot_86_bar__minus_01_dot_65 - object
Mug_bar__plus_00_dot_50_bar__plus_02_dot_77_bar__plus_01_dot_19 - object
CD_bar__minus_02_dot_84_bar__minus_01_dot_01_bar__plus_01_dot_05 - object
Statue_bar__minus_00_dot_98_bar__minus_02_dot_27_bar__minus_00_dot_38 - object
Bowl_bar__plus_00_dot_17_bar__plus_00_dot_93_bar__minus_02_dot_24 - object
Drawer_bar__plus_01_dot_90_bar__minus_00_dot_98_bar__minus_00_dot_42 - receptacle
SideTable_bar__plus_00_dot_06_bar__plus_01_dot_14_bar__minus_02_dot_60 - receptacle
GarbageCan_bar__minus_02_dot_97_bar__plus_02_dot_44_bar__minus_02_dot_82 - receptacle
Bed_bar__minus_00_dot_80_bar__plus_02_dot_49_bar__plus_01_dot_28 - receptacle
Desk_bar__minus_01_dot_49_bar__plus_02_dot_76_bar__plus_01_dot_97 - receptacle
Shelf_bar__plus_01_dot_54_bar__minus_02_dot_40_bar__minus_00_dot_21 - receptacle
SideTable_bar__plus_02_dot_58_bar__minus_01_dot_27_bar__minus_02_dot_97 - receptacle
Dresser_bar__plus_01_dot_13_bar__minus_01_dot_92_bar__plus_00_dot_30 - receptacle
Drawer_bar__minus_00_dot_88_bar__minus_01_dot_67_bar__plus_00_dot_27 - receptacle
Shelf_bar__plus_01_dot_00_bar__plus_02_dot_21_bar__minus_02_dot_72 - receptacle
loc_bar_12_bar_12_bar_0_bar_0 - location
loc_bar_1_bar_6_bar_3_bar_60 - location
loc_bar_4_bar_7_bar_1_bar__minus_30 - location
loc_bar_4_bar__minus_2_bar_0_bar_0 - location
loc_bar_4_bar__minus_3_bar_1_bar__minus_30 - location
loc_bar_6_bar__minus_5_bar_3_bar__minus_30 - location
loc_bar_6_bar__minus_7_bar_1_bar_30 - location
loc_bar__minus_2_bar__minus_8_bar_2_bar_0 - location
loc_bar__minus_6_bar_3_bar_1_bar_0 - location
loc_bar__minus_7_bar_3_bar_2_bar__minus_30 - location
loc_bar__minus_7_bar__minus_5_bar_2_bar_30 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_12_bar_0_bar_0)
(receptacleType Drawer_bar__plus_01_dot_90_bar__minus_00_dot_98_bar__minus_00_dot_42 DrawerType)
(receptacleAtLocation Drawer_bar__plus_01_dot_90_bar__minus_00_dot_98_bar__minus_00_dot_42 loc_bar__minus_2_bar__minus_8_bar_2_bar_0)
(openable Drawer_bar__plus_01_dot_90_bar__minus_00_dot_98_bar__minus_00_dot_42)
(receptacleType SideTable_bar__plus_00_dot_06_bar__plus_01_dot_14_bar__minus_02_dot_60 SideTableType)
(receptacleAtLocation SideTable_bar__plus_00_dot_06_bar__plus_01_dot_14_bar__minus_02_dot_60 loc_bar_1_bar_6_bar_3_bar_60)
(receptacleType GarbageCan_bar__minus_02_dot_97_bar__plus_02_dot_44_bar__minus_02_dot_82 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_02_dot_97_bar__plus_02_dot_44_bar__minus_02_dot_82 loc_bar_4_bar__minus_2_bar_0_bar_0)
(receptacleType Bed_bar__minus_00_dot_80_bar__plus_02_dot_49_bar__plus_01_dot_28 BedType)
(receptacleAtLocation Bed_bar__minus_00_dot_80_bar__plus_02_dot_49_bar__plus_01_dot_28 loc_bar__minus_6_bar_3_bar_1_bar_0)
(receptacleType Desk_bar__minus_01_dot_49_bar__plus_02_dot_76_bar__plus_01_dot_97 DeskType)
(receptacleAtLocation Desk_bar__minus_01_dot_49_bar__plus_02_dot_76_bar__plus_01_dot_97 loc_bar_6_bar__minus_7_bar_1_bar_30)
(receptacleType Shelf_bar__plus_01_dot_54_bar__minus_02_dot_40_bar__minus_00_dot_21 ShelfType)
(receptacleAtLocation Shelf_bar__plus_01_dot_54_bar__minus_02_dot_40_bar__minus_00_dot_21 loc_bar_6_bar__minus_5_bar_3_bar__minus_30)
(receptacleType SideTable_bar__plus_02_dot_58_bar__minus_01_dot_27_bar__minus_02_dot_97 SideTableType)
(receptacleAtLocation SideTable_bar__plus_02_dot_58_bar__minus_01_dot_27_bar__minus_02_dot_97 loc_bar_4_bar_7_bar_1_bar__minus_30)
(receptacleType Dresser_bar__plus_01_dot_13_bar__minus_01_dot_92_bar__plus_00_dot_30 DresserType)
(receptacleAtLocation Dresser_bar__plus_01_dot_13_bar__minus_01_dot_92_bar__plus_00_dot_30 loc_bar__minus_7_bar_3_bar_2_bar__minus_30)
(receptacleType Drawer_bar__minus_00_dot_88_bar__minus_01_dot_67_bar__plus_00_dot_27 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_88_bar__minus_01_dot_67_bar__plus_00_dot_27 loc_bar__minus_7_bar__minus_5_bar_2_bar_30)
(openable Drawer_bar__minus_00_dot_88_bar__minus_01_dot_67_bar__plus_00_dot_27)
(receptacleType Shelf_bar__plus_01_dot_00_bar__plus_02_dot_21_bar__minus_02_dot_72 ShelfType)
(receptacleAtLocation Shelf_bar__plus_01_dot_00_bar__plus_02_dot_21_bar__minus_02_dot_72 loc_bar_4_bar__minus_3_bar_1_bar__minus_30)
(canContain BedType CellPhoneType)
(canContain BedType LaptopType)
(canContain DeskType BowlType)
(canContain DeskType CDType)
(canContain DeskType CellPhoneType)
(canContain DeskType CreditCardType)
(canContain DeskType LaptopType)
(canContain DeskType MugType)
(canContain DeskType StatueType)
(canContain DrawerType CDType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType CreditCardType)
(canContain DresserType BowlType)
(canContain DresserType CDType)
(canContain DresserType CellPhoneType)
(canContain DresserType CreditCardType)
(canContain DresserType LaptopType)
(canContain DresserType MugType)
(canContain DresserType StatueType)
(canContain GarbageCanType CDType)
(canContain ShelfType BowlType)
(canContain ShelfType CDType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType CreditCardType)
(canContain ShelfType MugType)
(canContain ShelfType StatueType)
(canContain SideTableType BowlType)
(canContain SideTableType CDType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType CreditCardType)
(canContain SideTableType LaptopType)
(canContain SideTableType MugType)
(canContain SideTableType StatueType)
(objectType DeskLamp_bar__plus_02_dot_66_bar__minus_02_dot_08_bar__minus_00_dot_76 DeskLampType)
(inReceptacle DeskLamp_bar__plus_02_dot_66_bar__minus_02_dot_08_bar__minus_00_dot_76 SideTable_bar__plus_00_dot_06_bar__plus_01_dot_14_bar__minus_02_dot_60)
(objectAtLocation DeskLamp_bar__plus_02_dot_66_bar__minus_02_dot_08_bar__minus_00_dot_76 loc_bar_1_bar_6_bar_3_bar_60)
(toggleable DeskLamp_bar__plus_02_dot_66_bar__minus_02_dot_08_bar__minus_00_dot_76)
(objectType CreditCard_bar__minus_02_dot_70_bar__plus_00_dot_17_bar__minus_02_dot_74 CreditCardType)
(inReceptacle CreditCard_bar__minus_02_dot_70_bar__plus_00_dot_17_bar__minus_02_dot_74 Dresser_bar__plus_01_dot_13_bar__minus_01_dot_92_bar__plus_00_dot_30)
(objectAtLocation CreditCard_bar__minus_02_dot_70_bar__plus_00_dot_17_bar__minus_02_dot_74 loc_bar__minus_7_bar_3_bar_2_bar__minus_30)
(pickupable CreditCard_bar__minus_02_dot_70_bar__plus_00_dot_17_bar__minus_02_dot_74)
(objectType CellPhone_bar__minus_01_dot_42_bar__plus_01_dot_80_bar__plus_02_dot_31 CellPhoneType)
(inReceptacle CellPhone_bar__minus_01_dot_42_bar__plus_01_dot_80_bar__plus_02_dot_31 Shelf_bar__plus_01_dot_54_bar__minus_02_dot_40_bar__minus_00_dot_21)
(objectAtLocation CellPhone_bar__minus_01_dot_42_bar__plus_01_dot_80_bar__plus_02_dot_31 loc_bar_6_bar__minus_5_bar_3_bar__minus_30)
(pickupable CellPhone_bar__minus_01_dot_42_bar__plus_01_dot_80_bar__plus_02_dot_31)
(objectType Laptop_bar__plus_02_dot_12_bar__plus_00_dot_86_bar__minus_01_dot_65 LaptopType)
(inReceptacle Laptop_bar__plus_02_dot_12_bar__plus_00_dot_86_bar__minus_01_dot_65 SideTable_bar__plus_00_dot_06_bar__plus_01_dot_14_bar__minus_02_dot_60)
(objectAtLocation Laptop_bar__plus_02_dot_12_bar__plus_00_dot_86_bar__minus_01_dot_65 loc_bar_1_bar_6_bar_3_bar_60)
(pickupable Laptop_bar__plus_02_dot_12_bar__plus_00_dot_86_bar__minus_01_dot_65)
(objectType Mug_bar__plus_00_dot_50_bar__plus_02_dot_77_bar__plus_01_dot_19 MugType)
(inReceptacle Mug_bar__plus_00_dot_50_bar__plus_02_dot_77_bar__plus_01_dot_19 SideTable_bar__plus_02_dot_58_bar__minus_01_dot_27_bar__minus_02_dot_97)
(objectAtLocation Mug_bar__plus_00_dot_50_bar__plus_02_dot_77_bar__plus_01_dot_19 loc_bar_4_bar_7_bar_1_bar__minus_30)
(pickupable Mug_bar__plus_00_dot_50_bar__plus_02_dot_77_bar__plus_01_dot_19)
(heatable Mug_bar__plus_00_dot_50_bar__plus_02_dot_77_bar__plus_01_dot_19)
(coolable Mug_bar__plus_00_dot_50_bar__plus_02_dot_77_bar__plus_01_dot_19)
(cleanable Mug_bar__plus_00_dot_50_bar__plus_02_dot_77_bar__plus_01_dot_19)
(isReceptacleObject Mug_bar__plus_00_dot_50_bar__plus_02_dot_77_bar__plus_01_dot_19)
(objectType CD_bar__minus_02_dot_84_bar__minus_01_dot_01_bar__plus_01_dot_05 CDType)
(inReceptacle CD_bar__minus_02_dot_84_bar__minus_01_dot_01_bar__plus_01_dot_05 Desk_bar__minus_01_dot_49_bar__plus_02_dot_76_bar__plus_01_dot_97)
(objectAtLocation CD_bar__minus_02_dot_84_bar__minus_01_dot_01_bar__plus_01_dot_05 loc_bar_6_bar__minus_7_bar_1_bar_30)
(pickupable CD_bar__minus_02_dot_84_bar__minus_01_dot_01_bar__plus_01_dot_05)
(objectType Statue_bar__minus_00_dot_98_bar__minus_02_dot_27_bar__minus_00_dot_38 StatueType)
(inReceptacle Statue_bar__minus_00_dot_98_bar__minus_02_dot_27_bar__minus_00_dot_38 Shelf_bar__plus_01_dot_00_bar__plus_02_dot_21_bar__minus_02_dot_72)
(objectAtLocation Statue_bar__minus_00_dot_98_bar__minus_02_dot_27_bar__minus_00_dot_38 loc_bar_4_bar__minus_3_bar_1_bar__minus_30)
(pickupable Statue_bar__minus_00_dot_98_bar__minus_02_dot_27_bar__minus_00_dot_38)
(objectType Bowl_bar__plus_00_dot_17_bar__plus_00_dot_93_bar__minus_02_dot_24 BowlType)
(inReceptacle Bowl_bar__plus_00_dot_17_bar__plus_00_dot_93_bar__minus_02_dot_24 Shelf_bar__plus_01_dot_54_bar__minus_02_dot_40_bar__minus_00_dot_21)
(objectAtLocation Bowl_bar__plus_00_dot_17_bar__plus_00_dot_93_bar__minus_02_dot_24 loc_bar_6_bar__minus_5_bar_3_bar__minus_30)
(pickupable Bowl_bar__plus_00_dot_17_bar__plus_00_dot_93_bar__minus_02_dot_24)
(coolable Bowl_bar__plus_00_dot_17_bar__plus_00_dot_93_bar__minus_02_dot_24)
(cleanable Bowl_bar__plus_00_dot_17_bar__plus_00_dot_93_bar__minus_02_dot_24)
(isReceptacleObject Bowl_bar__plus_00_dot_17_bar__plus_00_dot_93_bar__minus_02_dot_24)
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
                         (objectType ?o CreditCardType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
